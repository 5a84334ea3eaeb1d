package cn.ecopark.flow.redeploy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Version 2 of park-application as an admin would draw it in the Modeler: the step 联审分歧处理
 * (resolveJointDisagreement) is removed (a disagreement now ends in 不予通过), and a new step 公告命名结果
 * (announceNaming, ecology) comes between 予以命名 and 核定创建奖补资金, with its own new form.
 */
public final class ParkApplicationV2 {

    static final String FILE = "park-application.bpmn";
    static final String FORM_FILE = "park-naming-announcement.form";
    static final String FORM = """
            {
              "type": "default",
              "id": "parkNamingAnnouncement",
              "schemaVersion": 16,
              "executionPlatform": "Camunda Platform",
              "executionPlatformVersion": "7.24.0",
              "components": [
                {"id": "Announcement_decision", "type": "radio", "key": "decision", "label": "办理结论",
                 "values": [{"label": "已公告", "value": "RECORDED"}], "validate": {"required": true}},
                {"id": "Announcement_comment", "type": "textarea", "key": "comment", "label": "公告文号及说明"}
              ]
            }
            """;

    private ParkApplicationV2() {
    }

    static String bpmn() {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromFile(Path.of("processes/park-application.bpmn").toFile());
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        // Removed: the disagreement step and its gateway; a disagreement goes straight to the rejection.
        SequenceFlow disagreed = model.getModelElementById("jointDisagreed");
        FlowNode rejectMerge = model.getModelElementById("rejectMerge");
        for (String flow : new String[]{"toDisagreementDecision", "disagreementReturned", "disagreementRejected"}) {
            removeFlow(model, flow);
        }
        disagreed.getTarget().getIncoming().remove(disagreed);
        disagreed.setTarget(rejectMerge);
        rejectMerge.getIncoming().add(disagreed);
        remove(model, "resolveJointDisagreement");
        remove(model, "disagreementGateway");

        // Added: 公告命名结果 after the naming.
        removeFlow(model, "toEcologySubsidyOpinion");
        FlowNode named = model.getModelElementById("nameThePark");
        named.builder().sequenceFlowId("toAnnounceNaming")
                .userTask("announceNaming").name("公告命名结果")
                .camundaFormRef("parkNamingAnnouncement").camundaFormRefBinding("latest")
                .camundaCandidateGroups("ecology").camundaDueDate("P5WD")
                .sequenceFlowId("afterAnnouncement").connectTo("ecologySubsidyOpinion");
        UserTask announce = model.getModelElementById("announceNaming");
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        CamundaProperty outcomes = model.newInstance(CamundaProperty.class);
        outcomes.setCamundaName("outcomes");
        outcomes.setCamundaValue("RECORDED");
        properties.addChildElement(outcomes);
        announce.builder().addExtensionElement(properties);
        return Bpmn.convertToString(model);
    }

    private static void removeFlow(BpmnModelInstance model, String id) {
        SequenceFlow flow = model.getModelElementById(id);
        flow.getSource().getOutgoing().remove(flow);
        flow.getTarget().getIncoming().remove(flow);
        remove(model, id);
    }

    private static void remove(BpmnModelInstance model, String id) {
        BaseElement element = model.getModelElementById(id);
        model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() == element).toList()
                .forEach(s -> s.getParentElement().removeChildElement(s));
        model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == element).toList()
                .forEach(e -> e.getParentElement().removeChildElement(e));
        model.getModelElementsByType(Process.class).iterator().next().removeChildElement(element);
    }

    /** Deploys version 2 with its form as Camunda Modeler does; answers the deployment id. */
    public static String deploy(int port) {
        var response = new ModelerClient(port).deploy("admin", "admin", "park-application",
                new java.util.LinkedHashMap<>(java.util.Map.of(FILE, bpmn(), FORM_FILE, FORM)));
        if (response.status() != 200) {
            throw new AssertionError("Version 2 refused: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asText();
    }

    /**
     * The rollback the README describes: every case on version 2 migrated back to version 1 (equal steps), then
     * version 2 deleted, so the rest of the suite sees version 1 as the latest again.
     */
    public static void rollBack(String deploymentId, RedeployAssistant assistant, RepositoryService repositoryService) {
        ProcessDefinition v2 = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
        ProcessDefinition v1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(v2.getKey())
                .processDefinitionVersion(v2.getVersion() - 1).singleResult();
        assistant.migrate(v2.getKey(), v2.getVersion(), v1.getVersion(), java.util.Map.of(), "sync");
        repositoryService.deleteDeployment(deploymentId, true);
    }
}
