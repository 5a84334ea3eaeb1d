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

/** processes/green-finance-recommendation.dmn (绿色金融项目推荐意见汇总): both ecology and reform must recommend. */
class GreenFinanceRecommendationDecisionTests {

    private static final String FILE = "green-finance-recommendation.dmn";
    private static final String DECISION = "green-finance-recommendation";

    @Test
    void opensCleanlyInCamundaModeler() throws Exception {
        DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
    }

    @Test
    void everyRuleIsExercisedByTheseTests() {
        DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of("Rule_recommendation_01", "Rule_recommendation_02",
                "Rule_recommendation_03", "Rule_recommendation_04"));
    }

    @ParameterizedTest(name = "ecology {0}, reform {1} -> {2}")
    @CsvSource({
            "DISAGREE,              AGREE,    Rule_recommendation_01, false",
            "DISAGREE,              DISAGREE, Rule_recommendation_01, false",
            "DISAGREE,              ,         Rule_recommendation_01, false",
            "AGREE,                 DISAGREE, Rule_recommendation_02, false",
            ",                      DISAGREE, Rule_recommendation_02, false",
            "AGREE,                 AGREE,    Rule_recommendation_03, true",
            "AGREE,                 ,         Rule_recommendation_04, false",
            ",                      ,         Rule_recommendation_04, false",
            "AGREE_WITH_CONDITIONS, AGREE,    Rule_recommendation_04, false",
    })
    void recommendation(String ecology, String reform, String rule, boolean recommended) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ecologyRecommendationDecision", ecology);
        variables.put("reformRecommendationDecision", reform);
        DmnTestSupport.Outcome outcome = DmnTestSupport.evaluate(FILE, DECISION, variables);
        assertThat(outcome.rule()).isEqualTo(rule);
        assertThat(outcome.output()).containsOnly(Map.entry("recommended", recommended));
    }
}
