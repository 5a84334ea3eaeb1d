package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/** What the development and reform commission does with an enterprise investment project: approve or file it. */
public enum ReformProcedure {
    APPROVAL("核准"),
    FILING("备案");

    private final String chineseName;

    ReformProcedure(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ReformProcedure> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
    }
}
