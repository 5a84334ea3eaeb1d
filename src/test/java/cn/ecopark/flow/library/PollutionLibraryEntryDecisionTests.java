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

/** processes/pollution-library-entry.dmn (污染防治项目库入库条件, measure 11). */
class PollutionLibraryEntryDecisionTests {

    private static final String FILE = "pollution-library-entry.dmn";
    private static final String DECISION = "pollution-library-entry";

    @Test
    void opensCleanlyInCamundaModeler() throws Exception {
        DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
    }

    @Test
    void everyRuleIsExercisedByTheseTests() {
        DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of("Rule_entry_01", "Rule_entry_02", "Rule_entry_03",
                "Rule_entry_04", "Rule_entry_05", "Rule_entry_06", "Rule_entry_07", "Rule_entry_08", "Rule_entry_09"));
    }

    @ParameterizedTest(name = "{0} {1} {2}万元 {3}吨/年 -> {4}")
    @CsvSource({
            // park,            readiness,            investment, reduction, rule,          eligible, mature, priority, reason contains
            "REVOKED,           DESIGN_APPROVED,      1000,       50,        Rule_entry_01, false,    false,  ,         称号已被撤销",
            "STRUCK_OFF,        UNDER_CONSTRUCTION,   1000,       50,        Rule_entry_01, false,    false,  ,         第十六、十七条",
            "NONE,              DESIGN_APPROVED,      1000,       50,        Rule_entry_02, false,    false,  ,         常规渠道",
            "APPLYING,          DESIGN_APPROVED,      1000,       50,        Rule_entry_02, false,    false,  ,         尚未被批准建设或命名",
            ",                  DESIGN_APPROVED,      1000,       50,        Rule_entry_02, false,    false,  ,         尚未被批准建设或命名",
            "NAMED,             DESIGN_APPROVED,      1000,       0,         Rule_entry_03, false,    false,  ,         未填报预期污染物减排量",
            "NAMED,             DESIGN_APPROVED,      1000,       ,          Rule_entry_03, false,    false,  ,         未填报预期污染物减排量",
            "NAMED,             DESIGN_APPROVED,      499.99,     10,        Rule_entry_04, false,    false,  ,         低于500万元",
            "APPROVED_TO_BUILD, DESIGN_APPROVED,      ,           10,        Rule_entry_04, false,    false,  ,         低于500万元",
            "NAMED,             CONCEPT,              1000,       10,        Rule_entry_05, false,    false,  ,         谋划阶段",
            "NAMED,             DESIGN_APPROVED,      500,        0.01,      Rule_entry_06, true,     true,   FIRST,    优先支持",
            "NAMED,             UNDER_CONSTRUCTION,   80000,      1200,      Rule_entry_06, true,     true,   FIRST,    条件成熟",
            "APPROVED_TO_BUILD, DESIGN_APPROVED,      500,        10,        Rule_entry_07, true,     true,   SECOND,   批准建设",
            "APPROVED_TO_BUILD, UNDER_CONSTRUCTION,   2000,       10,        Rule_entry_07, true,     true,   SECOND,   条件成熟",
            "NAMED,             FEASIBILITY_APPROVED, 1000,       10,        Rule_entry_08, true,     false,  RESERVE,  储备项目",
            "APPROVED_TO_BUILD, FEASIBILITY_APPROVED, 1000,       10,        Rule_entry_08, true,     false,  RESERVE,  储备项目",
            "NAMED,             ,                     1000,       10,        Rule_entry_09, false,    false,  ,         readiness",
            "NAMED,             READY,                1000,       10,        Rule_entry_09, false,    false,  ,         无法识别",
    })
    void entryConditions(String parkStatus, String readiness, Double investment, Double reduction, String rule,
                         boolean eligible, boolean mature, String priority, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("parkStatus", parkStatus);
        variables.put("readiness", readiness);
        variables.put("totalInvestment", investment);
        variables.put("totalReduction", reduction);
        DmnTestSupport.Outcome outcome = DmnTestSupport.evaluate(FILE, DECISION, variables);
        assertThat(outcome.rule()).isEqualTo(rule);
        assertThat(outcome.output()).containsEntry("eligible", eligible).containsEntry("mature", mature)
                .containsEntry("suggestedPriority", priority);
        assertThat((String) outcome.output().get("reason")).contains(reason);
    }

    @Test
    void everySuggestedPriorityIsOneTheApplicationKnows() {
        for (String readiness : List.of("DESIGN_APPROVED", "FEASIBILITY_APPROVED")) {
            for (String park : List.of("NAMED", "APPROVED_TO_BUILD")) {
                Object priority = DmnTestSupport.evaluate(FILE, DECISION, Map.of("parkStatus", park, "readiness", readiness,
                        "totalInvestment", 1000.0, "totalReduction", 10.0)).output().get("suggestedPriority");
                assertThat(Priority.parse((String) priority)).as(park + " " + readiness).isPresent();
            }
        }
    }
}
