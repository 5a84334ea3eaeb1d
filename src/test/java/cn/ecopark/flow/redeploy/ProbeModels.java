package cn.ecopark.flow.redeploy;

/** A small process that follows every house rule, with the parts a bad model gets wrong left open. */
public final class ProbeModels {

    public static final String KEY = "redeploy-probe";

    private ProbeModels() {
    }

    /** A valid probe: one ecology step on the naming form, its listener an existing bean. */
    public static String valid() {
        return probe("ecology", "parkConfirmNaming", "guardNamingByIndex", true);
    }

    static String probe(String group, String formRef, String listenerBean, boolean drawTheTask) {
        String taskShape = drawTheTask ? """
                      <bpmndi:BPMNShape id="probeStep_di" bpmnElement="probeStep"><dc:Bounds x="200" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                """ : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probeDefinitions" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" name="部署校验探针" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="probeStarted" name="开始"><bpmn:outgoing>toProbeStep</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="probeStep" name="确认" camunda:formRef="%s" camunda:formRefBinding="latest" camunda:candidateGroups="%s">
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="outcomes" value="APPROVE,RETURN_FOR_CORRECTION,REJECT" /></camunda:properties>
                        <camunda:taskListener delegateExpression="${%s}" event="create" />
                      </bpmn:extensionElements>
                      <bpmn:incoming>toProbeStep</bpmn:incoming><bpmn:outgoing>toProbeEnded</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="probeEnded" name="结束"><bpmn:incoming>toProbeEnded</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="toProbeStep" sourceRef="probeStarted" targetRef="probeStep" />
                    <bpmn:sequenceFlow id="toProbeEnded" sourceRef="probeStep" targetRef="probeEnded" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="probeDiagram">
                    <bpmndi:BPMNPlane id="probePlane" bpmnElement="%s">
                      <bpmndi:BPMNShape id="probeStarted_di" bpmnElement="probeStarted"><dc:Bounds x="100" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                %s      <bpmndi:BPMNShape id="probeEnded_di" bpmnElement="probeEnded"><dc:Bounds x="360" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="toProbeStep_di" bpmnElement="toProbeStep"><di:waypoint x="136" y="120" /><di:waypoint x="200" y="120" /></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="toProbeEnded_di" bpmnElement="toProbeEnded"><di:waypoint x="300" y="120" /><di:waypoint x="360" y="120" /></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(KEY, formRef, group, listenerBean, KEY, taskShape);
    }

    /** A DMN that reads a file from the server through an external entity. */
    static String xxeDecision() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="probeDecisions" name="&secret;" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="probe-decision" name="探针" />
                </definitions>
                """;
    }
}
