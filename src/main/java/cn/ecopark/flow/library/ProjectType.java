package cn.ecopark.flow.library;

import java.util.Arrays;
import java.util.Optional;

/** What a park's pollution-control project builds; the preference table reads it (long payback, public benefit). */
public enum ProjectType {
    WASTEWATER("污水集中处理及配套管网"),
    AIR("大气污染综合治理"),
    SOIL("土壤和地下水污染防治"),
    SOLID_WASTE("固体废物和危险废物利用处置"),
    GREEN_ISLAND("“绿岛”共享治污设施"),
    MONITORING("环境监测监控能力建设");

    private final String chineseName;

    ProjectType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ProjectType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
