package cn.ecopark.flow.library;

import java.util.Arrays;
import java.util.Optional;

/** A project's place in a library's queue: the library views list FIRST before SECOND before RESERVE. */
public enum Priority {
    FIRST("优先支持"),
    SECOND("一般支持"),
    RESERVE("储备项目");

    private final String chineseName;

    Priority(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<Priority> parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst();
    }
}
