package cn.ecopark.flow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules for every model in processes/ and forms/, checked on the files themselves: kebab-case
 * process keys, camelCase element ids, Chinese names, a diagram shape for every element (so the Modeler
 * opens it as drawn), a form for every human step, and decision options that match what the step accepts.
 */
class ModelConventionsTests {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyProcessFollowsTheHouseRules() throws IOException {
        Map<String, JsonNode> forms = forms();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file.toFile(), forms)));
        }
    }

    private void check(File file, Map<String, JsonNode> forms) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file);
        Bpmn.validateModel(model);
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getId()).as("process key").matches("[a-z]+(-[a-z]+)*");
            assertThat(file.getName()).isEqualTo(process.getId() + ".bpmn");
            assertThat(process.getName()).as("process name").matches(".*\\p{IsHan}.*");
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).as("element id").matches("[a-z][a-zA-Z0-9]*");
            assertThat(drawn).as("diagram shape of " + element.getId()).contains(element.getId());
            if (element instanceof FlowNode node && !(element instanceof org.camunda.bpm.model.bpmn.instance.Gateway)) {
                assertThat(node.getName()).as("name of " + element.getId()).matches(".*\\p{IsHan}.*");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                // Gateways route on decisions (a person's or a decision table's), never compute rules themselves.
                assertThat(flow.getConditionExpression().getTextContent())
                        .as("condition of " + flow.getId()).matches("\\$\\{!?[a-zA-Z]+( == '[A-Z_]+')?}");
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                assertThat(forms).as("form of start event " + start.getId()).containsKey(start.getCamundaFormRef());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("form of " + task.getId()).isNotBlank();
            JsonNode form = forms.get(task.getCamundaFormRef());
            assertThat(form).as("form " + task.getCamundaFormRef() + " of " + task.getId()).isNotNull();
            assertThat(decisionOptions(form)).as("decision options of " + task.getId())
                    .containsExactlyInAnyOrderElementsOf(outcomes(task));
        }
    }

    private static List<String> outcomes(BaseElement task) {
        return task.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).singleResult()
                .getCamundaProperties().stream()
                .filter(p -> "outcomes".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(v -> Arrays.stream(v.split(",")).map(String::strip))
                .toList();
    }

    private static List<String> decisionOptions(JsonNode form) {
        List<String> options = new ArrayList<>();
        form.findParents("key").stream().filter(c -> "decision".equals(c.path("key").asText()))
                .forEach(c -> c.path("values").forEach(v -> options.add(v.path("value").asText())));
        return options;
    }

    static Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                assertThat(forms.put(form.path("id").asText(), form)).as("duplicate form id in " + file).isNull();
                List<String> ids = form.findValuesAsText("id");
                assertThat(ids).as("component ids in " + file).doesNotHaveDuplicates();
            }
        }
        return forms.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
