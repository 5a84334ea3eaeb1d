package cn.ecopark.flow.indexsystem;

import java.util.Arrays;
import java.util.Optional;

/** State of the park's planning EIA (园区规划环评), one of the indicators of measure 2. */
public enum PlanningEiaStatus {
    DONE_APPROVED("已完成并通过审查"),
    DONE_WITH_ISSUES("已完成，审查意见需整改"),
    NOT_DONE("未开展");

    private final String chineseName;

    PlanningEiaStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<PlanningEiaStatus> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
