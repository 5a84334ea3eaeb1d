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

/** processes/violation-sanction.dmn, decision violation-sanction (园区违法违规处理方式), measure 17. */
class ViolationSanctionDecisionTests {

    private static final String FILE = "violation-sanction.dmn";
    private static final String DECISION = "violation-sanction";

    private static final String NAMED = "Rule_sanction_01";
    private static final String UNDER_CONSTRUCTION = "Rule_sanction_02";
    private static final String APPLYING = "Rule_sanction_03";
    private static final String NOTHING_TO_TAKE = "Rule_sanction_04";
    private static final String UNKNOWN_STATUS = "Rule_sanction_05";

    private static DmnTestSupport.Outcome sanctionFor(String parkStatus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("parkStatus", parkStatus);
        return evaluate(FILE, DECISION, variables);
    }

    private static void assertSanction(DmnTestSupport.Outcome outcome, String rule, String sanction) {
        assertThat(outcome.rule()).isEqualTo(rule);
        assertThat(outcome.output()).containsEntry("sanction", sanction);
        assertThat((String) outcome.output().get("explanation")).isNotBlank();
    }

    @Test
    void opensCleanlyInCamundaModeler() throws Exception {
        DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
    }

    @Test
    void everyRuleIsExercisedByTheseTests() {
        DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of(NAMED, UNDER_CONSTRUCTION, APPLYING, NOTHING_TO_TAKE, UNKNOWN_STATUS));
    }

    @Test
    void aNamedParkLosesItsTitle() {
        DmnTestSupport.Outcome outcome = sanctionFor("NAMED");
        assertSanction(outcome, NAMED, "REVOKE_TITLE");
        assertThat((String) outcome.output().get("explanation")).contains("第十七条").contains("撤销其省级生态工业园区称号");
    }

    @Test
    void aParkApprovedToBuildIsStruckOffForThreeYears() {
        DmnTestSupport.Outcome outcome = sanctionFor("APPROVED_TO_BUILD");
        assertSanction(outcome, UNDER_CONSTRUCTION, "STRIKE_OFF");
        assertThat((String) outcome.output().get("explanation")).contains("除名").contains("三年内不得再次申请");
    }

    @Test
    void aParkWithAnOpenApplicationHasItRecordedForThatReview() {
        DmnTestSupport.Outcome outcome = sanctionFor("APPLYING");
        assertSanction(outcome, APPLYING, "RECORD_ONLY");
        assertThat((String) outcome.output().get("explanation")).contains("联合审查或公示异议");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "REVOKED", "STRUCK_OFF"})
    void aParkWithNothingToTakeAwayHasItRecorded(String parkStatus) {
        assertSanction(sanctionFor(parkStatus), NOTHING_TO_TAKE, "RECORD_ONLY");
    }

    @Test
    void anUnknownOrMissingStatusIsOnlyRecorded() {
        assertSanction(sanctionFor("SUSPENDED"), UNKNOWN_STATUS, "RECORD_ONLY");
        assertSanction(sanctionFor(null), UNKNOWN_STATUS, "RECORD_ONLY");
    }
}
