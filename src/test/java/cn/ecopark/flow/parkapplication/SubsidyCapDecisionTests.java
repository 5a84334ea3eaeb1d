package cn.ecopark.flow.parkapplication;

import static cn.ecopark.flow.parkapplication.DmnTestSupport.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/subsidy-cap.dmn, decision subsidy-cap (创建奖补额度校验, measure 10: at most 3,000,000 CNY). */
class SubsidyCapDecisionTests {

  private static final String FILE = "subsidy-cap.dmn";
  private static final String DECISION = "subsidy-cap";

  private static final String OVER_CAP = "subsidyAmount：补助金额超过最高额度300万元（鲁环发〔2021〕7号第十条）";
  private static final String NOT_POSITIVE = "subsidyAmount：补助金额必须大于0元";
  private static final String MISSING_AMOUNT = "请填写补助金额（subsidyAmount）";
  private static final String MISSING_DECISION = "请选择奖补决定（subsidyDecision）：给予奖补（AWARD）或不予奖补（NO_AWARD）";

  private static Map<String, Object> vars(String subsidyDecision, Object subsidyAmount) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("subsidyDecision", subsidyDecision);
    variables.put("subsidyAmount", subsidyAmount);
    return variables;
  }

  private static void assertOutcome(DmnTestSupport.Outcome outcome, String rule, boolean accepted, String message) {
    assertThat(outcome.rule()).isEqualTo(rule);
    assertThat(outcome.output()).containsOnly(Map.entry("accepted", accepted), Map.entry("message", message));
  }

  @Test
  void opensCleanlyInCamundaModeler() throws Exception {
    DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
  }

  @Test
  void everyRuleIsExercisedByTheseTests() {
    DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of("Rule_subsidy_01", "Rule_subsidy_02",
        "Rule_subsidy_03", "Rule_subsidy_04", "Rule_subsidy_05", "Rule_subsidy_06", "Rule_subsidy_07"));
  }

  @Test
  void theCapCountsWhatTheParkReceivedBefore() {
    Map<String, Object> again = vars("AWARD", 600_000.0);
    again.put("alreadyAwarded", 2_500_000.0);
    assertOutcome(evaluate(FILE, DECISION, again), "Rule_subsidy_07", false,
        "subsidyAmount：该园区此前已核定补助 2500000 元，与本次合计超过最高额度300万元（鲁环发〔2021〕7号第十条，按园区累计），本次最多可核定 500000 元");
    again.put("subsidyAmount", 500_000.0);
    assertOutcome(evaluate(FILE, DECISION, again), "Rule_subsidy_05", true, "");
    Map<String, Object> spent = vars("AWARD", 1.0);
    spent.put("alreadyAwarded", 3_000_000.0);
    assertThat(evaluate(FILE, DECISION, spent).rule()).isEqualTo("Rule_subsidy_07");
  }

  @Test
  void noAwardNeedsNoAmount() {
    assertOutcome(evaluate(FILE, DECISION, vars("NO_AWARD", null)), "Rule_subsidy_01", true, "");
  }

  @Test
  void noAwardIgnoresAnAmountLeftInTheForm() {
    assertOutcome(evaluate(FILE, DECISION, vars("NO_AWARD", 5_000_000.0)), "Rule_subsidy_01", true, "");
  }

  @Test
  void awardWithoutAmountIsRefused() {
    assertOutcome(evaluate(FILE, DECISION, vars("AWARD", null)), "Rule_subsidy_02", false, MISSING_AMOUNT);
  }

  @ParameterizedTest(name = "AWARD {0} -> {1}")
  @CsvSource({
      "0.0,         Rule_subsidy_03, false",
      "-100.0,      Rule_subsidy_03, false",
      "0.01,        Rule_subsidy_05, true",
      "1500000.0,   Rule_subsidy_05, true",
      "2999999.99,  Rule_subsidy_05, true",
      "3000000.0,   Rule_subsidy_05, true",
      "3000000.01,  Rule_subsidy_04, false",
      "10000000.0,  Rule_subsidy_04, false",
  })
  void awardAmounts(double amount, String rule, boolean accepted) {
    String message = switch (rule) {
      case "Rule_subsidy_03" -> NOT_POSITIVE;
      case "Rule_subsidy_04" -> OVER_CAP;
      default -> "";
    };
    assertOutcome(evaluate(FILE, DECISION, vars("AWARD", amount)), rule, accepted, message);
  }

  @Test
  void capIsInclusiveForWholeNumberTypesToo() {
    assertOutcome(evaluate(FILE, DECISION, vars("AWARD", 3_000_000)), "Rule_subsidy_05", true, "");
    assertOutcome(evaluate(FILE, DECISION, vars("AWARD", 3_000_001L)), "Rule_subsidy_04", false, OVER_CAP);
  }

  @Test
  void refusalsNameTheField() {
    for (Object amount : new Object[] {null, 0.0, 3_000_000.01}) {
      assertThat((String) evaluate(FILE, DECISION, vars("AWARD", amount)).output().get("message"))
          .contains("subsidyAmount");
    }
  }

  @Test
  void missingDecisionIsRefused() {
    assertOutcome(evaluate(FILE, DECISION, vars(null, 1_000_000.0)), "Rule_subsidy_06", false, MISSING_DECISION);
  }

  @Test
  void unknownDecisionIsRefused() {
    assertOutcome(evaluate(FILE, DECISION, vars("MAYBE", 1_000_000.0)), "Rule_subsidy_06", false, MISSING_DECISION);
  }
}
