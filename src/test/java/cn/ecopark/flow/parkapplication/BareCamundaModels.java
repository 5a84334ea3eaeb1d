package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The benchmark's yardstick: models of the same shape as park-application and green-channel-approval (the same
 * user tasks, candidate groups, parallel joint review and notice timer) with nothing of ours on them: no
 * listeners, delegates, decisions or case data. They pass {@code ModelRules} like any model and run in the same
 * engine, so the ratio ours / bare is what the domain costs on top of Camunda.
 */
final class BareCamundaModels {

    static final String PARK = "bench-bare-park";
    static final String GREEN = "bench-bare-green";
    static final String FORM = """
            {"type":"default","id":"benchBareStep","schemaVersion":16,"executionPlatform":"Camunda Platform",
             "executionPlatformVersion":"7.24.0","components":[
              {"id":"BareDecision","type":"select","key":"decision","label":"办理结论","values":[{"label":"同意","value":"AGREE"}],
               "validate":{"required":true}},
              {"id":"BareComment","type":"textarea","key":"comment","label":"意见"}]}
            """;

    private BareCamundaModels() {
    }

    static void deploy(RepositoryService repository, AuthorizationService authorizations) {
        repository.createDeployment().name("benchmark-bare-models")
                .addString(FORM_RESOURCE, FORM)
                .addModelInstance(PARK + ".bpmn", park())
                .addModelInstance(GREEN + ".bpmn", green())
                .deploy();
        for (String key : List.of(PARK, GREEN)) {
            for (String group : List.of("applicants", "ecology")) {
                grant(authorizations, group, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE);
            }
        }
        for (String group : List.of("applicants", "ecology")) {
            if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_INSTANCE)
                    .resourceId("*").count() == 0) {
                grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            }
        }
    }

    private static final String FORM_RESOURCE = "bench-bare-step.form";

    private static void grant(AuthorizationService authorizations, String group, Resources resource, String id, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(id);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /** Submission, city pre-review, three joint reviews in parallel, naming, the notice period, subsidy opinion, decision, disbursement. */
    static BpmnModelInstance park() {
        ProcessBuilder process = Bpmn.createExecutableProcess(PARK).name("基准：裸园区申报").camundaHistoryTimeToLive(3650);
        AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("submitted").name("提交申报");
        flow = step(flow, "cityPreReview", "市级初审", "city-weihai").parallelGateway("jointReviewFork");
        step(flow, "ecologyJointReview", "生态环境厅会审", "ecology").parallelGateway("jointReviewJoin");
        flow = step(flow.moveToNode("jointReviewFork"), "scienceJointReview", "科技厅会审", "science").connectTo("jointReviewJoin");
        flow = step(flow.moveToNode("jointReviewFork"), "commerceJointReview", "商务厅会审", "commerce").connectTo("jointReviewJoin");
        flow = step(flow.moveToNode("jointReviewJoin"), "confirmNaming", "确认命名", "ecology")
                .intermediateCatchEvent("noticePeriodEnded").name("公示期满").timerWithDuration("P7D");
        flow = step(flow, "ecologySubsidyOpinion", "奖补意见", "ecology");
        flow = step(flow, "decideSubsidy", "核定奖补", "finance");
        flow = step(flow, "recordDisbursement", "登记拨付", "finance");
        return finish(flow.endEvent("disbursed").name("已拨付").done());
    }

    /** Acceptance at the window, four agency reviews in parallel, the joint reply. */
    static BpmnModelInstance green() {
        ProcessBuilder process = Bpmn.createExecutableProcess(GREEN).name("基准：裸绿色通道").camundaHistoryTimeToLive(3650);
        AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("projectEntered").name("窗口录入");
        flow = step(flow, "acceptProject", "受理", "ecology").parallelGateway("reviewFork");
        step(flow, "ecologyReview", "生态环境厅审查", "ecology").parallelGateway("reviewJoin");
        for (String agency : List.of("reform", "commerce", "science")) {
            flow = step(flow.moveToNode("reviewFork"), agency + "Review", "部门审查", agency).connectTo("reviewJoin");
        }
        flow = step(flow.moveToNode("reviewJoin"), "issueJointReply", "联合批复", "ecology");
        return finish(flow.endEvent("replied").name("已批复").done());
    }

    private static AbstractFlowNodeBuilder<?, ?> step(AbstractFlowNodeBuilder<?, ?> flow, String id, String name, String group) {
        return flow.userTask(id).name(name).camundaCandidateGroups(group).camundaFormRef("benchBareStep")
                .camundaFormRefBinding("deployment");
    }

    /** Flow ids the house way (camelCase) and the outcomes every user task declares. */
    private static BpmnModelInstance finish(BpmnModelInstance model) {
        int i = 0;
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            flow.setId("flow" + ++i);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ExtensionElements extensions = task.getExtensionElements();
            if (extensions == null) {
                extensions = model.newInstance(ExtensionElements.class);
                task.setExtensionElements(extensions);
            }
            CamundaProperties properties = model.newInstance(CamundaProperties.class);
            CamundaProperty outcomes = model.newInstance(CamundaProperty.class);
            outcomes.setCamundaName("outcomes");
            outcomes.setCamundaValue("AGREE");
            properties.addChildElement(outcomes);
            extensions.addChildElement(properties);
        }
        Bpmn.validateModel(model);
        return model;
    }

    static byte[] xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }
}
