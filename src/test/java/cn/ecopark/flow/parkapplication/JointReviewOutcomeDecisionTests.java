package cn.ecopark.flow.parkapplication;

import static cn.ecopark.flow.parkapplication.DmnTestSupport.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** processes/joint-review-outcome.dmn, decision joint-review-outcome (联合审查结论汇总). */
class JointReviewOutcomeDecisionTests {

  private static final String FILE = "joint-review-outcome.dmn";
  private static final String DECISION = "joint-review-outcome";

  private static final String A = "AGREE";
  private static final String C = "AGREE_WITH_CONDITIONS";
  private static final String D = "DISAGREE";
  private static final List<String> OPINIONS = List.of(A, C, D);

  private static Map<String, Object> vars(String ecology, String science, String commerce) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ecologyJointReviewDecision", ecology);
    variables.put("scienceJointReviewDecision", science);
    variables.put("commerceJointReviewDecision", commerce);
    return variables;
  }

  /** The rule written in the brief, independent of the table. */
  private static String expectedOutcome(String ecology, String science, String commerce) {
    List<String> all = List.of(ecology, science, commerce);
    if (all.contains(D)) {
      return "DISAGREE";
    }
    return all.contains(C) ? "CONDITIONAL" : "AGREE";
  }

  /** Which rule must fire under FIRST: the first DISAGREE column, else the first conditional column, else 7. */
  private static String expectedRule(String ecology, String science, String commerce) {
    List<String> all = List.of(ecology, science, commerce);
    if (all.contains(D)) {
      return "Rule_joint_0" + (all.indexOf(D) + 1);
    }
    if (all.contains(C)) {
      return "Rule_joint_0" + (all.indexOf(C) + 4);
    }
    return "Rule_joint_07";
  }

  static Stream<Arguments> allTwentySevenCombinations() {
    List<Arguments> combinations = new ArrayList<>();
    for (String ecology : OPINIONS) {
      for (String science : OPINIONS) {
        for (String commerce : OPINIONS) {
          combinations.add(Arguments.of(ecology, science, commerce));
        }
      }
    }
    return combinations.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @MethodSource("allTwentySevenCombinations")
  void everyCombinationOfOpinions(String ecology, String science, String commerce) {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(ecology, science, commerce));
    assertThat(outcome.output()).containsOnly(Map.entry("jointReviewOutcome", expectedOutcome(ecology, science, commerce)));
    assertThat(outcome.rule()).isEqualTo(expectedRule(ecology, science, commerce));
  }

  @Test
  void everyRuleIsExercisedByTheseTests() {
    List<String> hit = allTwentySevenCombinations()
        .map(Arguments::get)
        .map(a -> expectedRule((String) a[0], (String) a[1], (String) a[2]))
        .toList();
    DmnTestSupport.assertEveryRuleIsCovered(FILE, DECISION, hit);
  }

  @Test
  void opensCleanlyInCamundaModeler() throws Exception {
    DmnTestSupport.assertOpensCleanlyInModeler(FILE, Set.of(DECISION));
  }

  @Test
  void threeAgreeIsAgree() {
    assertThat(evaluate(FILE, DECISION, vars(A, A, A)).output()).containsEntry("jointReviewOutcome", "AGREE");
  }

  @Test
  void oneConditionalMakesConditional() {
    assertThat(evaluate(FILE, DECISION, vars(A, A, C)).output()).containsEntry("jointReviewOutcome", "CONDITIONAL");
  }

  @Test
  void oneDisagreeOverridesConditions() {
    assertThat(evaluate(FILE, DECISION, vars(C, D, C)).output()).containsEntry("jointReviewOutcome", "DISAGREE");
  }

  @Test
  void aDisagreeIsDecisiveEvenWhenAnotherOpinionIsMissing() {
    assertThat(evaluate(FILE, DECISION, vars(null, null, D)).output()).containsEntry("jointReviewOutcome", "DISAGREE");
  }

  @Test
  void missingOpinionWithoutDisagreeGivesNoResult() {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(A, null, C));
    assertThat(outcome.matchedRules()).isEmpty();
    assertThat(outcome.result()).isEmpty();
  }

  @Test
  void unknownOpinionWithoutDisagreeGivesNoResult() {
    DmnTestSupport.Outcome outcome = evaluate(FILE, DECISION, vars(A, "ABSTAIN", A));
    assertThat(outcome.matchedRules()).isEmpty();
    assertThat(outcome.result()).isEmpty();
  }
}
