package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.engine.JointReviewCompletion;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * green-channel-approval on its own (fast tier): the model and its project-result table on a plain engine, the
 * application's beans replaced by stand-ins (the routing table's choice of agencies is a fixed list here; the
 * opinion recorder only keeps the tallies the table reads). End-to-end behaviour stays in GreenChannelProcessTests.
 */
class GreenChannelModelTests {

    static PlainEngine plain;
    boolean eligible;
    final Opinions opinions = new Opinions();

    /** What greenChannelOpinions answers the project-result table: how many agencies refused or set conditions. */
    public static class Opinions {
        int refusing;
        int conditioning;

        public int refusing(DelegateExecution execution) {
            return refusing;
        }

        public int conditioning(DelegateExecution execution) {
            return conditioning;
        }
    }

    /** What greenChannelPendingReviews answers: the agencies whose parallel review is still open. */
    public static class PendingReviews {
        public List<String> of(DelegateExecution execution) {
            return List.of("development", "land");
        }
    }

    @BeforeAll
    static void deploy() {
        plain = PlainEngine.deploying("green-channel-approval.bpmn", "green-channel-project-result.dmn");
        BpmnAwareTests.init(plain.engine());
    }

    @AfterAll
    static void close() {
        BpmnAwareTests.reset();
        plain.close();
    }

    @BeforeEach
    void beans() {
        plain.calls().clear();
        for (String stub : List.of("registerGreenChannelProject", "planGreenChannelReviews", "pauseAgencyClock",
                "pauseForCorrection", "remindReviewDeadline", "flagReviewOverdue", "recordMissedCommitment",
                "recordAcceptance", "recordCorrectionReply", "recordJointReply", "recordProcedureResult",
                "recordSuppliedDocuments")) {
            plain.stub(stub);
        }
        plain.delegate("checkGreenChannelEligibility", execution -> execution.setVariable("eligible", eligible))
                .delegate("startAgencyClock", execution -> {
                    Date now = ClockUtil.getCurrentTime();
                    execution.setVariableLocal("reviewDue", Date.from(now.toInstant().plus(Duration.ofDays(5))));
                    execution.setVariableLocal("reminderDue", Date.from(now.toInstant().plus(Duration.ofDays(4))));
                })
                .listener("recordAgencyOpinion", task -> {
                    Object decision = task.getVariable("agencyReviewDecision");
                    opinions.refusing += "DISAGREE".equals(decision) ? 1 : 0;
                    opinions.conditioning += "AGREE_WITH_CONDITIONS".equals(decision) ? 1 : 0;
                })
                .object("greenChannelPendingReviews", new PendingReviews())
                .object("greenChannelOpinions", opinions)
                // the real completion rule: the model's jointReviewRule declaration decides, not a stand-in
                .object("jointReviewRule", new JointReviewCompletion());
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>(Map.of("applicant", "applicant-1", "caseNo", "GC-1",
                "deficiencyOpen", false));
        return plain.engine().getRuntimeService().startProcessInstanceByKey("green-channel-approval", "GC-1", variables);
    }

    private void everyAgencyAnswers(ProcessInstance project, String decision) {
        List<Task> reviews = taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").list();
        assertThat(reviews).extracting(Task::getId).hasSize(2);
        for (Task review : reviews) {
            complete(review, withVariables("agencyReviewDecision", decision));
        }
    }

    @Test
    void anAcceptedProjectReviewedInParallelIsApproved() {
        eligible = true;
        ProcessInstance project = start();

        assertThat(project).isWaitingAt("acceptProject");
        assertThat(task()).hasCandidateGroup("ecology");
        complete(task());
        assertThat(project).isWaitingAt("agencyReview");
        assertThat(taskQuery().taskDefinitionKey("agencyReview").list()).extracting(Task::getTaskDefinitionKey)
                .hasSize(2);
        assertThat(taskQuery().taskCandidateGroup("land").taskDefinitionKey("agencyReview").count()).isEqualTo(1);

        everyAgencyAnswers(project, "AGREE");

        assertThat(project).variables().containsEntry("projectResult", "AGREE");
        assertThat(project).isWaitingAt("issueJointReply");
        complete(task());
        assertThat(project).hasPassed("projectApproved").isEnded();
        assertThat(plain.calls()).contains("startAgencyClock", "recordAgencyOpinion", "recordJointReply");
    }

    @Test
    void oneAgencyRefusingRefusesTheProject() {
        eligible = true;
        ProcessInstance project = start();
        complete(task("acceptProject", project));

        everyAgencyAnswers(project, "DISAGREE");

        assertThat(project).variables().containsEntry("projectResult", "DISAGREE");
        complete(task("issueJointReply", project));
        assertThat(project).hasPassed("projectRefused").hasNotPassed("projectApproved").isEnded();
    }

    @Test
    void anIneligibleProjectIsNotAccepted() {
        eligible = false;
        ProcessInstance project = start();

        assertThat(project).isWaitingAt("acknowledgeIneligibility");
        complete(task());
        assertThat(project).hasPassed("projectNotAccepted").hasNotPassed("acceptProject").isEnded();
    }
}
