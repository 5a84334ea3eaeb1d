package cn.ecopark.flow.redeploy;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway routes only on what Modeler shows being set: renaming the task {@code approve} in Modeler must not leave a
 * gateway silently testing an {@code approveDecision} nobody writes any more.
 */
class RoutedVariablesShownTests {

    private static final String FORM = """
            {"id":"probeForm","type":"default","components":[
              {"key":"decision","label":"办理结论","type":"radio","values":[{"label":"同意","value":"APPROVE"},{"label":"不同意","value":"REJECT"}]},
              {"key":"hearingRequested","label":"申请听证","type":"checkbox"}]}""";

    @Test
    void aGatewayReadingAnOutcomeNoMappingSetsIsRefused() {
        assertThat(routingProblems(task -> task, "${approveDecision == 'APPROVE'}"))
                .singleElement().asString().contains("approveDecision").contains("看不到来源");
    }

    @Test
    void theStepsOutputMappingShowsTheOutcome() {
        assertThat(routingProblems(task -> task.camundaOutputParameter("approveDecision", "${decision}"),
                "${approveDecision == 'APPROVE'}")).isEmpty();
    }

    @Test
    void aMappingOfAnotherNameDoesNotCount() {
        assertThat(routingProblems(task -> task.camundaOutputParameter("reviewDecision", "${decision}"),
                "${approveDecision == 'APPROVE'}")).singleElement().asString().contains("approveDecision");
    }

    @Test
    void aFieldTheStepsFormDeclaresMayBeRoutedOn() {
        assertThat(routingProblems(task -> task, "${hearingRequested}")).isEmpty();
        assertThat(routingProblems(task -> task, "${!hearingRequested}")).isEmpty();
    }

    @Test
    void aServiceTaskResultComesFromABeanThatExists() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("probe-routing").name("探针流程").camundaHistoryTimeToLive(180)
                .startEvent("started").name("开始")
                .serviceTask("check").name("核对条件").camundaExpression("${noSuchCheck.eligible(execution)}")
                .camundaResultVariable("eligible")
                .exclusiveGateway("eligibleGateway")
                .condition("符合", "${eligible}").endEvent("done").name("办结")
                .moveToLastGateway().condition("不符合", "${!eligible}").endEvent("refused").name("不予受理")
                .done();
        ModelRules.Surroundings noBeans = new ModelRules.Surroundings() {
            @Override
            public java.util.Optional<String> earlierForm(String key, Integer version) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean earlierDecision(String key, Integer version) {
                return false;
            }

            @Override
            public boolean beanExists(String name) {
                return !name.equals("noSuchCheck");
            }
        };
        List<String> problems = ModelRules.check(Map.of("probe-routing.bpmn", Bpmn.convertToString(model)
                .getBytes(StandardCharsets.UTF_8)), noBeans).stream().map(ModelProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.contains("check") && p.contains("Spring bean “noSuchCheck”不存在"));
        assertThat(problems).noneMatch(p -> p.contains("网关条件读取的变量"));
    }

    private static List<String> routingProblems(UnaryOperator<UserTaskBuilder> step, String condition) {
        BpmnModelInstance model = step.apply(Bpmn.createExecutableProcess("probe-routing").name("探针流程")
                        .camundaHistoryTimeToLive(180)
                        .startEvent("started").name("开始")
                        .userTask("approve").name("审批").camundaCandidateGroups("ecology").camundaFormRef("probeForm"))
                .exclusiveGateway("approved")
                .condition("同意", condition).endEvent("done").name("办结")
                .moveToLastGateway().endEvent("other").name("其他")
                .done();
        byte[] bpmn = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
        return ModelRules.check(Map.of("probe-routing.bpmn", bpmn, "probe.form", FORM.getBytes(StandardCharsets.UTF_8)),
                        ModelRules.Surroundings.FILES_ONLY).stream()
                .map(ModelProblem::toString)
                .filter(problem -> problem.contains("网关条件读取的变量"))
                .toList();
    }
}
