package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the development and reform commission handles the project: an enterprise investment project is approved
 * (核准) or filed (备案: a filing of information, not a review, 国务院令第673号); a government investment project
 * is examined (审批制).
 */
public enum ReformProcedure {
    APPROVAL("企业投资项目核准"),
    FILING("企业投资项目备案"),
    EXAMINATION("政府投资项目审批（审批制）");

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
