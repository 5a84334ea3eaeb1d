package cn.ecopark.flow.supervision;

import java.util.Arrays;
import java.util.Optional;

/** What measure 17 reacts to. */
enum ViolationKind {
    SERIOUS_VIOLATION("严重环境违法行为"),
    MAJOR_INCIDENT("重大突发环境事件");

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
