package cn.ecopark.flow.supervision;

import cn.ecopark.flow.parkapplication.DmnTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.ecopark.flow.parkapplication.DmnTestSupport.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

/** processes/biennial-review-verdict.dmn, decision biennial-review-verdict (园区复查结论), measure 16. */
class BiennialReviewVerdictDecisionTests {

    private static final String FILE = "biennial-review-verdict.dmn";
    private static final String DECISION = "biennial-review-verdict";

    private static final String PASS = "Rule_reviewVerdict_01";
    private static final String PASS_AFTER_RECTIFICATION = "Rule_reviewVerdict_02";
    private static final String RECTIFY = "Rule_reviewVerdict_03";
    private static final String FAIL = "Rule_reviewVerdict_04";
    private static final String UNKNOWN_ROUND = "Rule_reviewVerdict_05";

    private static Map<String, Object> vars(Boolean indicatorsMet, Integer disagreements, Boolean recheck) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("indicatorsMet", indicatorsMet);
        variables.put("spotCheckDisagreements", disagreements);
        variables.put("recheck", recheck);
        return variables;
    }

    private static void assertVerdict(DmnTestSupport.Outcome outcome, String rule, String verdict) {
        assertThat(outcome.rule()).isEqualTo(rule);
        assertThat(outcome.output()).containsEntry("verdict", verdict);
        assertThat((String) outcome.output().get("verdictReason")).isNotBlank();
    }

    @Test
    void opensCleanlyInCamundaModeler() throws Exception {
        DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
    }

    @Test
    void everyRuleIsExercisedByTheseTests() {
        DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of(PASS, PASS_AFTER_RECTIFICATION, RECTIFY, FAIL, UNKNOWN_ROUND));
    }

    @Test
    void indicatorsMetAndNothingFoundPasses() {
        assertVerdict(evaluate(FILE, DECISION, vars(true, 0, false)), PASS, "PASS");
    }

    @Test
    void aRecheckThatMeetsEverythingPassesAndSaysSo() {
        DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(true, 0, true));
        assertVerdict(outcome, PASS_AFTER_RECTIFICATION, "PASS");
        assertThat((String) outcome.output().get("verdictReason")).startsWith("整改后复查合格");
    }

    @Test
    void indicatorsNotMetOnTheFirstCheckMeanRectification() {
        DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(false, 0, false));
        assertVerdict(outcome, RECTIFY, "RECTIFY");
        assertThat((String) outcome.output().get("verdictReason")).contains("第十六条").contains("限期整改");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void anyAgencyFindingProblemsMeansRectificationEvenWithGoodFigures(int disagreements) {
        assertVerdict(evaluate(FILE, DECISION, vars(true, disagreements, false)), RECTIFY, "RECTIFY");
    }

    @Test
    void failingAgainAfterRectificationRevokesTheTitle() {
        DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(false, 0, true));
        assertVerdict(outcome, FAIL, "FAIL");
        assertThat((String) outcome.output().get("verdictReason")).contains("整改后复查仍不合格").contains("撤销");
    }

    @Test
    void problemsFoundOnTheRecheckFailIt() {
        assertVerdict(evaluate(FILE, DECISION, vars(true, 1, true)), FAIL, "FAIL");
    }

    @Test
    void missingFiguresOnTheFirstCheckAreNotAPass() {
        assertVerdict(evaluate(FILE, DECISION, vars(null, null, false)), RECTIFY, "RECTIFY");
    }

    @Test
    void anUnknownRoundNeverRevokesDirectly() {
        assertVerdict(evaluate(FILE, DECISION, vars(false, 2, null)), UNKNOWN_ROUND, "RECTIFY");
        assertVerdict(evaluate(FILE, DECISION, vars(true, 0, null)), UNKNOWN_ROUND, "RECTIFY");
    }
}
