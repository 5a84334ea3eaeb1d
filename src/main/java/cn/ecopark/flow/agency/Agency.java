package cn.ecopark.flow.agency;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine provincial agencies that issued 鲁环发〔2021〕7号. This enum is the one place that knows the
 * list: each agency is a Camunda group whose id is {@link #groupId()}.
 */
public enum Agency {
    ECOLOGY("ecology", "山东省生态环境厅", "省生态环境厅"),
    REFORM("reform", "山东省发展和改革委员会", "省发展改革委"),
    SCIENCE("science", "山东省科学技术厅", "省科技厅"),
    FINANCE("finance", "山东省财政厅", "省财政厅"),
    COMMERCE("commerce", "山东省商务厅", "省商务厅"),
    FINSUP("finsup", "山东省地方金融监督管理局", "省地方金融监管局", true),
    PBOC("pboc", "中国人民银行济南分行", "人民银行济南分行", true),
    CBIRC("cbirc", "中国银行保险监督管理委员会山东监管局", "山东银保监局", true),
    CDB("cdb", "国家开发银行山东省分行", "国家开发银行山东省分行", true);

    private final String groupId;
    private final String fullName;
    private final String shortName;
    private final boolean financial;

    Agency(String groupId, String fullName, String shortName) {
        this(groupId, fullName, shortName, false);
    }

    Agency(String groupId, String fullName, String shortName, boolean financial) {
        this.groupId = groupId;
        this.fullName = fullName;
        this.shortName = shortName;
        this.financial = financial;
    }

    /**
     * Financial supervision and the banks: they see a project's financing data, never the environmental
     * agencies' internal opinions unless shared (measure 12, see the library package).
     */
    public boolean financial() {
        return financial;
    }

    public String groupId() {
        return groupId;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public static Optional<Agency> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
    }
}
