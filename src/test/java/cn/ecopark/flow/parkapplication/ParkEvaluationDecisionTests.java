package cn.ecopark.flow.parkapplication;

import static cn.ecopark.flow.parkapplication.DmnTestSupport.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/park-evaluation.dmn: the four indicator decisions of measure 2 and the verdict. The thresholds
 * are drafting values; when ecology edits them in the Modeler these tests are the ones to update.
 */
class ParkEvaluationDecisionTests {

  private static final String FILE = "park-evaluation.dmn";
  private static final String CARBON = "carbon-reduction-indicator";
  private static final String THREE_LINES = "three-lines-indicator";
  private static final String GREEN_ISLAND = "green-island-indicator";
  private static final String PLANNING_EIA = "planning-eia-indicator";
  private static final String VERDICT = "park-evaluation-verdict";

  private static Map<String, Object> vars(Object... nameValuePairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return variables;
  }

  private static DmnTestSupport.Outcome assertIndicator(String decision, Map<String, Object> variables,
      String expectedRule, int score, boolean passed) {
    DmnTestSupport.Outcome outcome = evaluate(FILE, decision, variables);
    assertThat(outcome.rule()).isEqualTo(expectedRule);
    Map<String, Object> output = outcome.output();
    assertThat(output).containsOnlyKeys("score", "passed", "note");
    assertThat(output.get("score")).isEqualTo(score);
    assertThat(output.get("passed")).isEqualTo(passed);
    assertThat((String) output.get("note")).contains("得" + score + "分");
    return outcome;
  }

  @Test
  void opensCleanlyInCamundaModeler() throws Exception {
    DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(CARBON, THREE_LINES, GREEN_ISLAND, PLANNING_EIA, VERDICT));
  }

  @Test
  void fileSaysTheThresholdsAreDraftingValues() throws Exception {
    String xml;
    try (var in = getClass().getClassLoader().getResourceAsStream("processes/" + FILE)) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String head = xml.substring(0, xml.indexOf("<decision "));
    assertThat(head).contains("起草值").contains("《山东省省级生态工业园区管理办法》").contains("Camunda Modeler");
  }

  // ------------------------------------------------------------------ carbon-reduction-indicator

  @ParameterizedTest(name = "{0}% -> {1}")
  @CsvSource({
      "20.0,  Rule_carbon_01, 30, true",
      "35.5,  Rule_carbon_01, 30, true",
      "19.99, Rule_carbon_02, 25, true",
      "15.0,  Rule_carbon_02, 25, true",
      "14.99, Rule_carbon_03, 18, true",
      "10.0,  Rule_carbon_03, 18, true",
      "9.99,  Rule_carbon_04, 8,  false",
      "5.0,   Rule_carbon_04, 8,  false",
      "4.99,  Rule_carbon_05, 0,  false",
      "0.0,   Rule_carbon_05, 0,  false",
      "-3.2,  Rule_carbon_05, 0,  false",
      ",      Rule_carbon_06, 0,  false",
  })
  void carbonReduction(Double pct, String rule, int score, boolean passed) {
    assertIndicator(CARBON, vars("carbonIntensityReductionPct", pct), rule, score, passed);
  }

  @Test
  void carbonReductionAcceptsAnIntegerValue() {
    assertIndicator(CARBON, vars("carbonIntensityReductionPct", 20), "Rule_carbon_01", 30, true);
  }

  @Test
  void carbonReductionNotes() {
    assertThat(evaluate(FILE, CARBON, vars("carbonIntensityReductionPct", 20.0)).output().get("note"))
        .isEqualTo("单位工业增加值碳排放强度下降率不低于20%，得30分，达标");
    assertThat(evaluate(FILE, CARBON, vars("carbonIntensityReductionPct", 9.99)).output().get("note"))
        .isEqualTo("单位工业增加值碳排放强度下降率在5%（含）至10%之间，得8分，未达到10%的达标线");
  }

  // ------------------------------------------------------------------ three-lines-indicator

  @Test
  void threeLinesCompliant() {
    assertIndicator(THREE_LINES, vars("threeLinesCompliant", true), "Rule_threeLines_01", 25, true);
  }

  @Test
  void threeLinesNotCompliantIsAOneVoteVeto() {
    DmnTestSupport.Outcome outcome =
        assertIndicator(THREE_LINES, vars("threeLinesCompliant", false), "Rule_threeLines_02", 0, false);
    assertThat(outcome.output().get("note")).isEqualTo("不符合“三线一单”生态环境分区管控要求，一票否决，得0分");
  }

  @Test
  void threeLinesMissing() {
    assertIndicator(THREE_LINES, vars("threeLinesCompliant", null), "Rule_threeLines_03", 0, false);
  }

  // ------------------------------------------------------------------ green-island-indicator

  @ParameterizedTest(name = "{0} facilities -> {1}")
  @CsvSource({
      "3,  Rule_greenIsland_01, 20, true",
      "12, Rule_greenIsland_01, 20, true",
      "2,  Rule_greenIsland_02, 15, true",
      "1,  Rule_greenIsland_02, 15, true",
      "0,  Rule_greenIsland_03, 0,  false",
      "-1, Rule_greenIsland_04, 0,  false",
      ",   Rule_greenIsland_04, 0,  false",
  })
  void greenIsland(Integer facilities, String rule, int score, boolean passed) {
    assertIndicator(GREEN_ISLAND, vars("greenIslandFacilities", facilities), rule, score, passed);
  }

  // ------------------------------------------------------------------ planning-eia-indicator

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "DONE_APPROVED,    Rule_planningEia_01, 25, true",
      "DONE_WITH_ISSUES, Rule_planningEia_02, 15, true",
      "NOT_DONE,         Rule_planningEia_03, 0,  false",
      "IN_PROGRESS,      Rule_planningEia_04, 0,  false",
      ",                 Rule_planningEia_04, 0,  false",
  })
  void planningEia(String status, String rule, int score, boolean passed) {
    assertIndicator(PLANNING_EIA, vars("planningEiaStatus", status), rule, score, passed);
  }

  @Test
  void planningEiaNotDoneIsAVeto() {
    assertThat(evaluate(FILE, PLANNING_EIA, vars("planningEiaStatus", "NOT_DONE")).output().get("note"))
        .isEqualTo("未开展园区规划环评，一票否决，得0分");
  }

  // ------------------------------------------------------------------ park-evaluation-verdict

  @ParameterizedTest(name = "total {0}, failed {1} -> {3}")
  @CsvSource({
      "70,  0,  Rule_verdict_01, RECOMMEND,     建议命名",
      "100, 0,  Rule_verdict_01, RECOMMEND,     建议命名",
      "69,  0,  Rule_verdict_03, NOT_RECOMMEND, 不建议命名",
      "0,   0,  Rule_verdict_03, NOT_RECOMMEND, 不建议命名",
      "100, 1,  Rule_verdict_02, NOT_RECOMMEND, 不建议命名",
      "75,  4,  Rule_verdict_02, NOT_RECOMMEND, 不建议命名",
      "101, 0,  Rule_verdict_04, NOT_RECOMMEND, 不建议命名",
      "80,  -1, Rule_verdict_04, NOT_RECOMMEND, 不建议命名",
      ",    0,  Rule_verdict_04, NOT_RECOMMEND, 不建议命名",
      "80,  ,   Rule_verdict_04, NOT_RECOMMEND, 不建议命名",
  })
  void verdict(Integer totalScore, Integer failedIndicatorCount, String rule, String verdict, String verdictName) {
    DmnTestSupport.Outcome outcome = evaluate(FILE, VERDICT,
        vars("totalScore", totalScore, "failedIndicatorCount", failedIndicatorCount));
    assertThat(outcome.rule()).isEqualTo(rule);
    assertThat(outcome.output()).containsOnly(Map.entry("verdict", verdict), Map.entry("verdictName", verdictName));
  }

  // ------------------------------------------------------------------ the four together, as the caller uses them

  private record ParkFigures(Double carbonPct, Boolean threeLines, Integer greenIslands, String planningEia) {
  }

  /** Evaluate the four indicators, sum the scores, count the failures, then ask for the verdict. */
  private static Map<String, Object> evaluatePark(ParkFigures park) {
    List<Map<String, Object>> indicators = Arrays.asList(
        evaluate(FILE, CARBON, vars("carbonIntensityReductionPct", park.carbonPct())).output(),
        evaluate(FILE, THREE_LINES, vars("threeLinesCompliant", park.threeLines())).output(),
        evaluate(FILE, GREEN_ISLAND, vars("greenIslandFacilities", park.greenIslands())).output(),
        evaluate(FILE, PLANNING_EIA, vars("planningEiaStatus", park.planningEia())).output());
    int total = indicators.stream().mapToInt(i -> (Integer) i.get("score")).sum();
    int failed = (int) indicators.stream().filter(i -> !(Boolean) i.get("passed")).count();
    Map<String, Object> verdict =
        evaluate(FILE, VERDICT, vars("totalScore", total, "failedIndicatorCount", failed)).output();
    Map<String, Object> summary = new HashMap<>(verdict);
    summary.put("totalScore", total);
    summary.put("failedIndicatorCount", failed);
    return summary;
  }

  @Test
  void bestParkScoresExactlyOneHundred() {
    assertThat(evaluatePark(new ParkFigures(25.0, true, 4, "DONE_APPROVED")))
        .containsEntry("totalScore", 100).containsEntry("failedIndicatorCount", 0).containsEntry("verdict", "RECOMMEND");
  }

  @Test
  void weakestPassingParkIsStillRecommendedAtSeventyThree() {
    // 18 + 25 + 15 + 15 = 73: every indicator passed, total above 70.
    assertThat(evaluatePark(new ParkFigures(10.0, true, 1, "DONE_WITH_ISSUES")))
        .containsEntry("totalScore", 73).containsEntry("failedIndicatorCount", 0).containsEntry("verdict", "RECOMMEND");
  }

  @Test
  void aVetoSinksAnOtherwiseHighScore() {
    // 30 + 0 + 20 + 25 = 75 but "三线一单" failed.
    assertThat(evaluatePark(new ParkFigures(22.0, false, 3, "DONE_APPROVED")))
        .containsEntry("totalScore", 75).containsEntry("failedIndicatorCount", 1)
        .containsEntry("verdict", "NOT_RECOMMEND").containsEntry("verdictName", "不建议命名");
  }

  @Test
  void everyRuleIsExercisedByTheseTests() {
    List<String> hitByCases = List.of(
        "Rule_carbon_01", "Rule_carbon_02", "Rule_carbon_03", "Rule_carbon_04", "Rule_carbon_05", "Rule_carbon_06",
        "Rule_threeLines_01", "Rule_threeLines_02", "Rule_threeLines_03",
        "Rule_greenIsland_01", "Rule_greenIsland_02", "Rule_greenIsland_03", "Rule_greenIsland_04",
        "Rule_planningEia_01", "Rule_planningEia_02", "Rule_planningEia_03", "Rule_planningEia_04",
        "Rule_verdict_01", "Rule_verdict_02", "Rule_verdict_03", "Rule_verdict_04");
    for (String decision : List.of(CARBON, THREE_LINES, GREEN_ISLAND, PLANNING_EIA, VERDICT)) {
      DmnTestSupport.assertEveryRuleIsCovered(FILE, decision, hitByCases);
    }
  }
}
