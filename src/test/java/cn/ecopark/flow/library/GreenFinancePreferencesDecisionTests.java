package cn.ecopark.flow.library;

import cn.ecopark.flow.parkapplication.DmnTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/green-finance-preferences.dmn (绿色金融优先支持政策, measure 12). */
class GreenFinancePreferencesDecisionTests {

    private static final String FILE = "green-finance-preferences.dmn";
    private static final String DECISION = "green-finance-preferences";

    @Test
    void opensCleanlyInCamundaModeler() throws Exception {
        DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
    }

    @Test
    void everyRuleIsExercisedByTheseTests() {
        DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of("Rule_preferences_01", "Rule_preferences_02",
                "Rule_preferences_03", "Rule_preferences_04", "Rule_preferences_05", "Rule_preferences_06",
                "Rule_preferences_07"));
    }

    @ParameterizedTest(name = "{0} {1} {2} inPollutionLibrary={3} -> {4}")
    @CsvSource({
            // park,            readiness,            type,         pollution, rule,                priority, review, disburse, rate,  extension
            "NONE,              DESIGN_APPROVED,      WASTEWATER,   false,     Rule_preferences_01, SECOND,   false,  false,    false, false",
            "REVOKED,           UNDER_CONSTRUCTION,   GREEN_ISLAND, true,      Rule_preferences_01, SECOND,   false,  false,    false, false",
            "APPLYING,          DESIGN_APPROVED,      AIR,          false,     Rule_preferences_01, SECOND,   false,  false,    false, false",
            "NAMED,             CONCEPT,              WASTEWATER,   true,      Rule_preferences_02, SECOND,   true,   false,    false, false",
            "APPROVED_TO_BUILD, FEASIBILITY_APPROVED, AIR,          false,     Rule_preferences_02, SECOND,   true,   false,    false, false",
            "NAMED,             DESIGN_APPROVED,      WASTEWATER,   false,     Rule_preferences_03, FIRST,    true,   true,     true,  true",
            "NAMED,             UNDER_CONSTRUCTION,   GREEN_ISLAND, true,      Rule_preferences_03, FIRST,    true,   true,     true,  true",
            "NAMED,             UNDER_CONSTRUCTION,   SOLID_WASTE,  false,     Rule_preferences_03, FIRST,    true,   true,     true,  true",
            "NAMED,             DESIGN_APPROVED,      AIR,          true,      Rule_preferences_04, FIRST,    true,   true,     true,  false",
            "NAMED,             UNDER_CONSTRUCTION,   MONITORING,   false,     Rule_preferences_04, FIRST,    true,   true,     true,  false",
            "APPROVED_TO_BUILD, DESIGN_APPROVED,      WASTEWATER,   true,      Rule_preferences_05, SECOND,   true,   true,     true,  false",
            "APPROVED_TO_BUILD, UNDER_CONSTRUCTION,   MONITORING,   false,     Rule_preferences_06, SECOND,   true,   true,     false, false",
            "APPROVED_TO_BUILD, DESIGN_APPROVED,      SOIL,         ,          Rule_preferences_06, SECOND,   true,   true,     false, false",
            "NAMED,             ,                     AIR,          false,     Rule_preferences_07, SECOND,   false,  false,    false, false",
            "NAMED,             READY,                AIR,          false,     Rule_preferences_07, SECOND,   false,  false,    false, false",
    })
    void preferences(String parkStatus, String readiness, String projectType, Boolean inPollutionLibrary, String rule,
                     String priority, boolean review, boolean disbursement, boolean rate, boolean extension) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("parkStatus", parkStatus);
        variables.put("readiness", readiness);
        variables.put("projectType", projectType);
        variables.put("inPollutionLibrary", inPollutionLibrary);
        DmnTestSupport.Outcome outcome = DmnTestSupport.evaluate(FILE, DECISION, variables);
        assertThat(outcome.rule()).isEqualTo(rule);
        assertThat(outcome.output()).containsEntry("priority", priority).containsEntry("priorityReview", review)
                .containsEntry("priorityDisbursement", disbursement).containsEntry("preferentialRate", rate)
                .containsEntry("termExtension", extension);
        assertThat((String) outcome.output().get("note")).matches(".*\\p{IsHan}.*");
        assertThat(Priority.parse(priority)).isPresent();
    }
}
