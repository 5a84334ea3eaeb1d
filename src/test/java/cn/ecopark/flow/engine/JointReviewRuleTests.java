package cn.ecopark.flow.engine;

import cn.ecopark.flow.redeploy.ModelProblem;
import cn.ecopark.flow.redeploy.ModelRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule a joint review declares in its model ({@code jointReviewRule}) decides when enough members have decided:
 * 会签, 或签 and a share, read from the green channel's real model with the declaration changed; and the model check
 * refuses a joint review without a declaration, with a completion condition that ignores it, or a 或签 on the 会签 table.
 */
class JointReviewRuleTests {

    static final Path GREEN_CHANNEL = Path.of("processes/green-channel-approval.bpmn");
    static final String DECLARED = "<camunda:property name=\"jointReviewRule\" value=\"ALL\" />";

    @Test
    void theDeclarationsAreRead() {
        assertThat(JointReviewRule.parse("ALL")).isEqualTo(JointReviewRule.ALL);
        assertThat(JointReviewRule.parse(" ANY ")).isEqualTo(JointReviewRule.ANY);
        assertThat(JointReviewRule.parse("SHARE:2/3")).isEqualTo(new JointReviewRule(JointReviewRule.Kind.SHARE, 2, 3));
        assertThat(JointReviewRule.parse("SHARE:2/3").text()).isEqualTo("按比例（2/3 的成员）");
        for (String wrong : new String[] {null, "", "all", "SHARE:3/2", "SHARE:0/3", "SHARE:2/0", "MAJORITY"}) {
            assertThatThrownBy(() -> JointReviewRule.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ALL（会签）");
        }
    }

    @Test
    void eachRuleSaysWhenEnoughMembersHaveDecided() {
        assertThat(JointReviewRule.ALL.reached(3, 4)).isFalse();
        assertThat(JointReviewRule.ALL.reached(4, 4)).isTrue();
        assertThat(JointReviewRule.ANY.reached(0, 4)).isFalse();
        assertThat(JointReviewRule.ANY.reached(1, 4)).isTrue();
        JointReviewRule twoThirds = JointReviewRule.parse("SHARE:2/3");
        assertThat(twoThirds.reached(1, 3)).isFalse();
        assertThat(twoThirds.reached(2, 3)).isTrue();
        assertThat(twoThirds.reached(2, 4)).as("2/4 is less than 2/3").isFalse();
        assertThat(twoThirds.reached(3, 4)).isTrue();
    }

    @Test
    void theModelsDeclarationDecidesTheGreenChannelsCompletion() throws IOException {
        String model = Files.readString(GREEN_CHANNEL);
        assertThat(model).contains(DECLARED);
        assertThat(reached(model, 1, 4)).as("today: 会签").isFalse();
        assertThat(reached(model, 4, 4)).isTrue();
        String any = model.replace(DECLARED, DECLARED.replace("ALL", "ANY"));
        assertThat(reached(any, 1, 4)).as("或签: one member is enough").isTrue();
        String share = model.replace(DECLARED, DECLARED.replace("ALL", "SHARE:2/3"));
        assertThat(reached(share, 2, 4)).isFalse();
        assertThat(reached(share, 3, 4)).isTrue();
    }

    @Test
    void theModelCheckRequiresTheDeclarationOnEveryJointReview() throws IOException {
        String model = Files.readString(GREEN_CHANNEL);
        assertThat(problems("green-channel-approval.bpmn", model)).isEmpty();
        assertThat(problems("green-channel-approval.bpmn", model.replace(DECLARED, "")))
                .anySatisfy(p -> assertThat(p).contains("parallelReview").contains("须声明扩展属性 jointReviewRule"));
        assertThat(problems("green-channel-approval.bpmn", model.replace(DECLARED, DECLARED.replace("ALL", "MOST"))))
                .anySatisfy(p -> assertThat(p).contains("而不是“MOST”"));
        assertThat(problems("green-channel-approval.bpmn",
                model.replace("${jointReviewRule.reached(execution, 'parallelReview')}", "${nrOfCompletedInstances >= 1}")))
                .anySatisfy(p -> assertThat(p).contains("完成条件须为"));

        for (String park : List.of("park-application.bpmn", "park-creation.bpmn")) {
            String parkModel = Files.readString(Path.of("processes", park));
            assertThat(problems(park, parkModel)).isEmpty();
            assertThat(problems(park, parkModel.replace(DECLARED, DECLARED.replace("ALL", "ANY"))))
                    .anySatisfy(p -> assertThat(p).contains("summarizeJointReview").contains("只实现会签"));
            assertThat(problems(park, parkModel.replace(DECLARED, "")))
                    .anySatisfy(p -> assertThat(p).contains("summarizeJointReview").contains("jointReviewRule"));
        }
    }

    private static boolean reached(String model, int completed, int instances) {
        DelegateExecution execution = Mockito.mock(DelegateExecution.class, Answers.RETURNS_DEEP_STUBS);
        Mockito.when(execution.getProcessDefinitionId()).thenReturn("green-channel-approval:1");
        Mockito.when(execution.getProcessEngineServices().getRepositoryService().getBpmnModelInstance("green-channel-approval:1"))
                .thenReturn(Bpmn.readModelFromStream(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))));
        Mockito.when(execution.getVariable("nrOfCompletedInstances")).thenReturn(completed);
        Mockito.when(execution.getVariable("nrOfInstances")).thenReturn(instances);
        return new JointReviewCompletion().reached(execution, "parallelReview");
    }

    /** The problems the model check finds in one model changed as given, among all the real models and forms. */
    private static List<String> problems(String file, String model) throws IOException {
        Map<String, byte[]> resources = new TreeMap<>();
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)")).toList()) {
                    resources.put(folder + "/" + p.getFileName(), Files.readAllBytes(p));
                }
            }
        }
        resources.put("processes/" + file, model.getBytes(StandardCharsets.UTF_8));
        return ModelRules.check(resources, ModelRules.Surroundings.FILES_ONLY).stream()
                .filter(p -> p.resource().equals("processes/" + file)).map(ModelProblem::toString).toList();
    }
}
