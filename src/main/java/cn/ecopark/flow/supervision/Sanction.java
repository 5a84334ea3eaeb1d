package cn.ecopark.flow.supervision;

import java.util.Arrays;

/** What measure 17 does to a park, as the decision table {@code violation-sanction} proposes it. */
enum Sanction {
    REVOKE_TITLE("撤销称号"),
    STRIKE_OFF("除名"),
    RECORD_ONLY("记录在案");

    private final String chineseName;

    Sanction(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }

    static Sanction parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("violation-sanction answered an unknown sanction " + value));
    }
}
