package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/** The project's pollution category under the EIA classification list (建设项目环境影响评价分类管理名录). */
public enum EiaCategory {
    REPORT("编制环境影响报告书"),
    FORM("编制环境影响报告表"),
    REGISTRATION("填报环境影响登记表"),
    EXEMPT("不纳入环评管理");

    private final String chineseName;

    EiaCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<EiaCategory> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
    }
}
