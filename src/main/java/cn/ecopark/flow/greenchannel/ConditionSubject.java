package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a condition of 附条件同意 is about. Two agencies attaching conditions to the same subject is one kind
 * of conflict the lead agency must settle ({@link OpinionConflicts}); OTHER never counts as the same subject.
 */
public enum ConditionSubject {
    SITE_AND_LAND("选址与用地"),
    POLLUTION_CONTROL("污染防治措施"),
    ENERGY_AND_CARBON("能耗与碳排放"),
    INVESTMENT_ACCESS("投资准入与股权"),
    TECHNOLOGY("技术工艺与装备"),
    SAFETY("安全与环境风险防范"),
    OTHER("其他");

    private final String chineseName;

    ConditionSubject(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ConditionSubject> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
    }
}
