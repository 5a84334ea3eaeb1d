package cn.ecopark.flow.supervision;

import java.util.Arrays;
import java.util.Optional;

/** What measure 17 reacts to: its three grounds. */
enum ViolationKind {
    SERIOUS_VIOLATION("严重环境违法行为"),
    MAJOR_INCIDENT("重大突发环境事件"),
    /** The third ground of measure 17: the park no longer meets the standard for other reasons. */
    STANDARD_NOT_MET("因其他原因不能达到生态工业园区标准要求");

    private final String chineseName;

    ViolationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }

    static Optional<ViolationKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
