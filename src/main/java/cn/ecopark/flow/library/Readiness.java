package cn.ecopark.flow.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a project has come. Whether that makes it mature (条件成熟, measure 11) is the entry table's call,
 * not this enum's.
 */
public enum Readiness {
    CONCEPT("谋划阶段"),
    FEASIBILITY_APPROVED("可行性研究（实施方案）已批复"),
    DESIGN_APPROVED("初步设计已批复，具备开工条件"),
    UNDER_CONSTRUCTION("已开工建设");

    private final String chineseName;

    Readiness(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<Readiness> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
