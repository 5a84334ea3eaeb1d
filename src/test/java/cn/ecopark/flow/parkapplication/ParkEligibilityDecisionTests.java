package cn.ecopark.flow.parkapplication;

import static cn.ecopark.flow.parkapplication.DmnTestSupport.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** processes/park-eligibility.dmn, decision park-eligibility (园区申报资格审查). */
class ParkEligibilityDecisionTests {

  private static final String FILE = "park-eligibility.dmn";
  private static final String DECISION = "park-eligibility";

  private static final String OPEN_APPLICATION = "Rule_eligibility_01";
  private static final String NAMED = "Rule_eligibility_02";
  private static final String STRUCK_OFF_WITHIN_THREE_YEARS = "Rule_eligibility_03";
  private static final String STRUCK_OFF_DATE_MISSING = "Rule_eligibility_04";
  private static final String ELIGIBLE_STATUS = "Rule_eligibility_05";
  private static final String STRUCK_OFF_THREE_YEARS_PASSED = "Rule_eligibility_06";
  private static final String UNKNOWN_DATA = "Rule_eligibility_07";
  private static final String ACCEPTANCE_NOT_APPROVED = "Rule_eligibility_08";
  private static final String CREATION_ALREADY_APPROVED = "Rule_eligibility_09";

  private static Map<String, Object> vars(String parkStatus, Boolean hasOpenApplication, String struckOffOn,
      String applicationDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("parkStatus", parkStatus);
    variables.put("hasOpenApplication", hasOpenApplication);
    variables.put("struckOffOn", struckOffOn);
    variables.put("applicationDate", applicationDate);
    return variables;
  }

  private static void assertEligible(DmnTestSupport.Outcome outcome, String rule) {
    assertThat(outcome.rule()).isEqualTo(rule);
    assertThat(outcome.output()).containsEntry("eligible", true).containsEntry("reason", "");
  }

  private static void assertRefused(DmnTestSupport.Outcome outcome, String rule, String reason) {
    assertThat(outcome.rule()).isEqualTo(rule);
    assertThat(outcome.output()).containsEntry("eligible", false).containsEntry("reason", reason);
  }

  @Test
  void engineEvaluatesWithScalaFeelLikeTheProcessEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnTestSupport.ENGINE.getConfiguration();
    assertThat(configuration.getFeelEngine()).isInstanceOf(ScalaFeelEngine.class);
    assertThat(List.of(configuration.getDefaultInputExpressionExpressionLanguage(),
        configuration.getDefaultInputEntryExpressionLanguage(),
        configuration.getDefaultOutputEntryExpressionLanguage()))
        .containsOnly(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE);
    // The process engine builds its DMN engine from the same default configuration; legacy (JUEL) FEEL is off.
    assertThat(new StandaloneInMemProcessEngineConfiguration().isDmnFeelEnableLegacyBehavior()).isFalse();
  }

  @Test
  void opensCleanlyInCamundaModeler() throws Exception {
    DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
  }

  @Test
  void everyRuleIsExercisedByTheseTests() {
    DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, List.of(OPEN_APPLICATION, NAMED,
        STRUCK_OFF_WITHIN_THREE_YEARS, STRUCK_OFF_DATE_MISSING, ELIGIBLE_STATUS, STRUCK_OFF_THREE_YEARS_PASSED,
        UNKNOWN_DATA, ACCEPTANCE_NOT_APPROVED, CREATION_ALREADY_APPROVED));
  }

  private static Map<String, Object> staged(String stage, String parkStatus, String struckOffOn, String applicationDate) {
    Map<String, Object> variables = vars(parkStatus, false, struckOffOn, applicationDate);
    variables.put("stage", stage);
    return variables;
  }

  @Test
  void acceptanceIsOnlyForParksApprovedToBuild() {
    for (String status : List.of("NONE", "REVOKED")) {
      assertThat(evaluate(FILE, DECISION, staged("ACCEPTANCE", status, null, "2026-11-28")).rule())
          .as(status).isEqualTo(ACCEPTANCE_NOT_APPROVED);
    }
    // Struck off three years ago: a new creation application, not an acceptance.
    assertThat(evaluate(FILE, DECISION, staged("ACCEPTANCE", "STRUCK_OFF", "2023-05-10", "2026-05-10")).rule())
        .isEqualTo(ACCEPTANCE_NOT_APPROVED);
    assertEligible(evaluate(FILE, DECISION, staged("ACCEPTANCE", "APPROVED_TO_BUILD", null, "2026-11-28")), ELIGIBLE_STATUS);
  }

  @Test
  void creationIsForParksNotYetApprovedAndTheBanStillHolds() {
    assertRefused(evaluate(FILE, DECISION, staged("CREATION", "APPROVED_TO_BUILD", null, "2026-11-28")),
        CREATION_ALREADY_APPROVED, "该园区已批准建设，请在建设期满后提交验收申请，无需再次申请创建");
    assertThat(evaluate(FILE, DECISION, staged("CREATION", "STRUCK_OFF", "2023-05-10", "2026-05-09")).rule())
        .isEqualTo(STRUCK_OFF_WITHIN_THREE_YEARS);
    assertEligible(evaluate(FILE, DECISION, staged("CREATION", "STRUCK_OFF", "2023-05-10", "2026-05-10")),
        STRUCK_OFF_THREE_YEARS_PASSED);
    assertEligible(evaluate(FILE, DECISION, staged("CREATION", "REVOKED", null, "2026-11-28")), ELIGIBLE_STATUS);
  }

  @Test
  void openApplicationIsRefused() {
    assertRefused(evaluate(FILE, DECISION, vars("APPLYING", true, null, "2026-11-28")), OPEN_APPLICATION,
        "该园区已有在办的创建申请，不能重复申报");
  }

  @Test
  void openApplicationWinsOverOtherReasons() {
    assertRefused(evaluate(FILE, DECISION, vars("STRUCK_OFF", true, "2025-01-01", "2026-11-28")), OPEN_APPLICATION,
        "该园区已有在办的创建申请，不能重复申报");
  }

  @Test
  void namedParkIsRefused() {
    assertRefused(evaluate(FILE, DECISION, vars("NAMED", false, null, "2026-11-28")), NAMED,
        "该园区已被命名为省级生态工业园区，不能重复申报创建");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NONE", "APPLYING", "APPROVED_TO_BUILD", "REVOKED"})
  void statusesWithoutBanAreEligible(String parkStatus) {
    assertEligible(evaluate(FILE, DECISION, vars(parkStatus, false, null, "2026-11-28")), ELIGIBLE_STATUS);
  }

  @Test
  void struckOffTwoYearsAnd364DaysAgoIsRefusedAndToldWhenToReapply() {
    assertRefused(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2023-05-10", "2026-05-09")),
        STRUCK_OFF_WITHIN_THREE_YEARS,
        "该园区已从批准建设园区中除名（除名日期：2023-05-10），依据鲁环发〔2021〕7号第十七条，"
            + "三年内不得再次申请建设，自2026-05-10起方可重新申报");
  }

  @Test
  void struckOffOnTheSameDayIsRefused() {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2026-11-28", "2026-11-28"));
    assertThat(outcome.rule()).isEqualTo(STRUCK_OFF_WITHIN_THREE_YEARS);
    assertThat(outcome.output()).containsEntry("eligible", false);
    assertThat((String) outcome.output().get("reason")).contains("第十七条").contains("自2029-11-28起方可重新申报");
  }

  @Test
  void struckOffExactlyThreeYearsAgoIsEligible() {
    assertEligible(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2023-05-10", "2026-05-10")),
        STRUCK_OFF_THREE_YEARS_PASSED);
  }

  @Test
  void struckOffLongAgoIsEligible() {
    assertEligible(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2019-12-31", "2026-11-28")),
        STRUCK_OFF_THREE_YEARS_PASSED);
  }

  @Test
  void struckOffOnLeapDayMayReapplyFromTheLastDayOfFebruary() {
    // 2024-02-29 + 3 calendar years = 2027-02-28 (java.time / FEEL clamp to the month's last day).
    DmnTestSupport.Outcome dayBefore = evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2024-02-29", "2027-02-27"));
    assertThat(dayBefore.rule()).isEqualTo(STRUCK_OFF_WITHIN_THREE_YEARS);
    assertThat((String) dayBefore.output().get("reason")).endsWith("自2027-02-28起方可重新申报");

    assertEligible(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2024-02-29", "2027-02-28")),
        STRUCK_OFF_THREE_YEARS_PASSED);
  }

  @Test
  void struckOffWithoutDateIsRefusedForMissingData() {
    assertRefused(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, null, "2026-11-28")), STRUCK_OFF_DATE_MISSING,
        "该园区已从批准建设园区中除名，但除名日期（struckOffOn）或申报日期（applicationDate）缺失或格式不正确，"
            + "无法核对三年限制期，请核实后重新审查");
  }

  @Test
  void struckOffWithoutApplicationDateIsRefusedForMissingData() {
    assertThat(evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2023-05-10", null)).rule())
        .isEqualTo(STRUCK_OFF_DATE_MISSING);
  }

  @Test
  void struckOffWithMalformedDateIsRefusedForMissingData() {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars("STRUCK_OFF", false, "2023/05/10", "2026-11-28"));
    assertThat(outcome.rule()).isEqualTo(STRUCK_OFF_DATE_MISSING);
    assertThat(outcome.output()).containsEntry("eligible", false);
  }

  @Test
  void unknownStatusIsRefused() {
    assertRefused(evaluate(FILE, DECISION, vars("SUSPENDED", false, null, "2026-11-28")), UNKNOWN_DATA,
        "园区状态（parkStatus）或在办申请标记（hasOpenApplication）缺失或无法识别，请核实后重新审查");
  }

  @Test
  void missingStatusIsRefused() {
    assertThat(evaluate(FILE, DECISION, vars(null, false, null, "2026-11-28")).rule()).isEqualTo(UNKNOWN_DATA);
  }

  @Test
  void missingOpenApplicationFlagIsRefused() {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars("NONE", null, null, "2026-11-28"));
    assertThat(outcome.rule()).isEqualTo(UNKNOWN_DATA);
    assertThat(outcome.output()).containsEntry("eligible", false);
  }
}
