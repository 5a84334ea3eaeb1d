package cn.ecopark.flow.agency;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 16 prefecture-level cities of Shandong. Each city's ecology bureau is a Camunda group
 * ({@link #groupId()}, e.g. {@code city-weihai}) and is the first reviewer of its parks' applications.
 */
public enum City {
    JINAN("jinan", "济南市"),
    QINGDAO("qingdao", "青岛市"),
    ZIBO("zibo", "淄博市"),
    ZAOZHUANG("zaozhuang", "枣庄市"),
    DONGYING("dongying", "东营市"),
    YANTAI("yantai", "烟台市"),
    WEIFANG("weifang", "潍坊市"),
    JINING("jining", "济宁市"),
    TAIAN("taian", "泰安市"),
    WEIHAI("weihai", "威海市"),
    RIZHAO("rizhao", "日照市"),
    LINYI("linyi", "临沂市"),
    DEZHOU("dezhou", "德州市"),
    LIAOCHENG("liaocheng", "聊城市"),
    BINZHOU("binzhou", "滨州市"),
    HEZE("heze", "菏泽市");

    private final String code;
    private final String chineseName;

    City(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String groupId() {
        return "city-" + code;
    }

    /** The name of the city's ecology bureau group as staff read it. */
    public String bureauName() {
        return chineseName.substring(0, chineseName.length() - 1) + "市生态环境局";
    }

    public static Optional<City> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static Optional<City> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(c -> c.groupId().equals(groupId)).findFirst();
    }
}
