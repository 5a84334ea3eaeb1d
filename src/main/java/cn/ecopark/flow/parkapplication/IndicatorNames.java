package cn.ecopark.flow.parkapplication;

import java.util.Map;

/** The indicator decision keys of park-evaluation.dmn and the names reviewers read. */
public final class IndicatorNames {

    static final Map<String, String> BY_DECISION = Map.of(
            "carbon-reduction-indicator", "碳减排",
            "three-lines-indicator", "“三线一单”管控",
            "green-island-indicator", "绿岛建设",
            "planning-eia-indicator", "园区规划环评");

    private IndicatorNames() {
    }

    public static String of(String decisionKey) {
        return BY_DECISION.getOrDefault(decisionKey, decisionKey);
    }
}
