package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.JointReviewCompletion;
import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/**
 * green-channel-approval on its own (fast tier): the model and its project-result table on a plain engine, the
 * application's beans replaced by stand-ins (the agencies still to review are a list here, shortened by each opinion;
 * the opinion recorder only keeps the tallies the table reads). Every branch of every gateway is taken: eligible or
 * not, accepted with or without 容缺, each agency's opinion, expert review, site inspection and 补正, and the three
 * project results. A step whose outcome a gateway tests is completed as the approval listener leaves it (the step's
 * local {@code decision}), so its output mapping, not a hidden variable, carries the outcome to the gateway.
 * End-to-end behaviour stays in GreenChannelProcessTests.
 */
class GreenChannelModelTests {

    static final Set<String> OPINIONS = Set.of("AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE");

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("green-channel-approval.bpmn", "green-channel-project-result.dmn");
    final Eligibility eligibility = new Eligibility();
    final Opinions opinions = new Opinions();
    final PendingReviews pending = new PendingReviews();
    /** What pauseAgencyClock read: agency and outcome, from the agency's own review scope. */
    final List<String> pauses = new ArrayList<>();

    /** What checkGreenChannelEligibility answers; the model keeps it as the result variable {@code eligible}. */
    public static class Eligibility {
        boolean eligible = true;

        public boolean check(DelegateExecution execution) {
            return eligible;
        }
    }

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

    /** What greenChannelPendingReviews answers: the agencies that have not given their opinion yet. */
    public static class PendingReviews {
        final List<String> agencies = new ArrayList<>(List.of("development", "land"));

        public List<String> of(DelegateExecution execution) {
            return List.copyOf(agencies);
        }
    }

    @BeforeEach
    void beans() {
        for (String stub : List.of("registerGreenChannelProject", "planGreenChannelReviews", "pauseForCorrection",
                "remindReviewDeadline", "flagReviewOverdue", "recordMissedCommitment", "recordCorrectionReply",
                "recordJointReply", "recordProcedureResult", "recordSuppliedDocuments")) {
            plain.stub(stub);
        }
        plain.delegate("startAgencyClock", execution -> {
                    Instant now = ClockUtil.getCurrentTime().toInstant();
                    GreenChannelVariables.openReview(execution, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(4)));
                })
                .delegate("pauseAgencyClock", execution -> pauses.add(GreenChannelVariables.agency(execution) + ":"
                        + GreenChannelVariables.agencyReviewDecision(execution)))
                .listener("recordAcceptance", task -> {
                    if ("ACCEPT_WITH_DEFICIENCY".equals(task.getVariable("decision"))) {
                        GreenChannelVariables.setCommitmentDue(task.getExecution(),
                                ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7)));
                    }
                })
                .listener("recordAgencyOpinion", task -> {
                    Object decision = task.getVariable("decision");
                    opinions.refusing += "DISAGREE".equals(decision) ? 1 : 0;
                    opinions.conditioning += "AGREE_WITH_CONDITIONS".equals(decision) ? 1 : 0;
                    if (OPINIONS.contains(decision)) {
                        pending.agencies.remove(GreenChannelVariables.agency(task));
                    }
                })
                .object("checkGreenChannelEligibility", eligibility)
                .object("greenChannelPendingReviews", pending)
                .object("greenChannelOpinions", opinions)
                // the real completion rule: the model's jointReviewRule declaration decides, not a stand-in
                .object("jointReviewRule", new JointReviewCompletion());
    }

    private ProcessInstance start() {
        return runtime().startProcessInstanceByKey("green-channel-approval", "GC-1",
                Map.of(CaseVariables.APPLICANT, "applicant-1", CaseVariables.CASE_NO, "GC-1"));
    }

    private static RuntimeService runtime() {
        return plain.engine().getRuntimeService();
    }

    private static Task review(ProcessInstance project, String agency) {
        return taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").taskCandidateGroup(agency)
                .singleResult();
    }

    private static Job timer(ProcessInstance project, String activityId) {
        return jobQuery().processInstanceId(project.getId()).activityId(activityId).list().get(0);
    }

    private ProcessInstance acceptedProject() {
        ProcessInstance project = start();
        plain.decide(task("acceptProject", project), "ACCEPT");
        return project;
    }

    @Test
    void anAcceptedProjectReviewedInParallelIsApproved() {
        ProcessInstance project = start();

        assertThat(project).isWaitingAt("acceptProject");
        assertThat(project).variables().containsEntry(GreenChannelVariables.ELIGIBLE, true);
        assertThat(task()).hasCandidateGroup("ecology");
        plain.decide(task(), "ACCEPT");
        assertThat(project).variables().containsEntry(GreenChannelVariables.ACCEPT_PROJECT_DECISION, "ACCEPT");
        assertThat(project).hasPassed("deficiencyMerge").hasNotPassed("supplyMissingDocuments");
        assertThat(taskQuery().taskDefinitionKey("agencyReview").list()).hasSize(2);
        assertThat(review(project, "land")).isNotNull();

        plain.decide(review(project, "development"), "AGREE");
        plain.decide(review(project, "land"), "AGREE");

        assertThat(project).variables().containsEntry(GreenChannelVariables.PROJECT_RESULT, "AGREE")
                .doesNotContainKey(GreenChannelVariables.AGENCY_REVIEW_DECISION).doesNotContainKey("decision");
        assertThat(project).hasPassed("opinionGiven", "stageJoin", "stageCompleted", "decideProjectResult")
                .isWaitingAt("issueJointReply");
        complete(task());
        assertThat(project).hasPassed("projectApproved").isEnded();
        assertThat(plain.calls()).contains("startAgencyClock", "recordAgencyOpinion", "recordJointReply");
    }

    @Test
    void oneAgencyRefusingRefusesTheProject() {
        ProcessInstance project = acceptedProject();

        plain.decide(review(project, "development"), "AGREE");
        plain.decide(review(project, "land"), "DISAGREE");

        assertThat(project).variables().containsEntry(GreenChannelVariables.PROJECT_RESULT, "DISAGREE");
        complete(task("issueJointReply", project));
        assertThat(project).hasPassed("projectRefused").hasNotPassed("projectApproved", "projectApprovedWithConditions").isEnded();
    }

    @Test
    void aConditionOfOneAgencyApprovesWithConditions() {
        ProcessInstance project = acceptedProject();

        plain.decide(review(project, "development"), "AGREE_WITH_CONDITIONS");
        plain.decide(review(project, "land"), "AGREE");

        assertThat(project).variables().containsEntry(GreenChannelVariables.PROJECT_RESULT, "AGREE_WITH_CONDITIONS");
        complete(task("issueJointReply", project));
        assertThat(project).hasPassed("projectApprovedWithConditions").hasNotPassed("projectApproved", "projectRefused").isEnded();
    }

    @Test
    void anIneligibleProjectIsNotAccepted() {
        eligibility.eligible = false;
        ProcessInstance project = start();

        assertThat(project).variables().containsEntry(GreenChannelVariables.ELIGIBLE, false);
        assertThat(project).isWaitingAt("acknowledgeIneligibility");
        complete(task());
        assertThat(project).hasPassed("projectNotAccepted").hasNotPassed("acceptProject").isEnded();
    }

    @Test
    void expertReviewAndSiteInspectionPauseTheAgencyThatChoseThemAndBringItBack() {
        ProcessInstance project = acceptedProject();

        plain.decide(review(project, "development"), "EXPERT_REVIEW");
        plain.decide(review(project, "land"), "SITE_INSPECTION");

        // Each agency's outcome stayed in its own review: the pause read the agency's own choice.
        assertThat(pauses).containsExactly("development:EXPERT_REVIEW", "land:SITE_INSPECTION");
        assertThat(project).hasPassed("pauseAgencyClock").hasNotPassed("opinionGiven", "correctionRequested");
        List<Task> procedures = taskQuery().processInstanceId(project.getId()).taskDefinitionKey("recordSpecialProcedure").list();
        assertThat(procedures).hasSize(2);
        procedures.forEach(BpmnAwareTests::complete);

        // Back to review: the clock restarts and each agency gives its opinion.
        assertThat(taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").count()).isEqualTo(2);
        plain.decide(review(project, "development"), "AGREE");
        plain.decide(review(project, "land"), "AGREE");
        assertThat(project).isWaitingAt("issueJointReply");
        assertThat(plain.calls().stream().filter("startAgencyClock"::equals)).hasSize(4);
    }

    @Test
    void aCorrectionStopsTheReviewAndOnlyThePendingAgencyResumes() {
        ProcessInstance project = acceptedProject();

        plain.decide(review(project, "development"), "AGREE");
        plain.decide(review(project, "land"), "RETURN_FOR_CORRECTION");

        assertThat(project).hasPassed("opinionGiven", "correctionRequested", "correctionCaught", "pauseForCorrection")
                .isWaitingAt("supplyCorrection");
        assertThat(plain.calls()).contains("pauseForCorrection");
        assertThat(task()).isAssignedTo("applicant-1");
        complete(task());

        assertThat(taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").list())
                .singleElement().satisfies(t -> assertThat(t).hasCandidateGroup("land"));
        plain.decide(review(project, "land"), "AGREE");
        assertThat(project).variables().containsEntry(GreenChannelVariables.PROJECT_RESULT, "AGREE");
        assertThat(project).isWaitingAt("issueJointReply");
    }

    @Test
    void anAcceptanceWithDeficiencyHoldsTheStageUntilTheDocumentsAreSupplied() {
        ProcessInstance project = start();
        plain.decide(task("acceptProject", project), "ACCEPT_WITH_DEFICIENCY");

        assertThat(project).isWaitingAt("agencyReview", "supplyMissingDocuments");
        assertThat(task("supplyMissingDocuments", project)).isAssignedTo("applicant-1")
                .hasDueDate((Date) runtime().getVariable(project.getId(), GreenChannelVariables.COMMITMENT_DUE));
        plain.decide(review(project, "development"), "AGREE");
        plain.decide(review(project, "land"), "AGREE");
        assertThat(project).isWaitingAt("supplyMissingDocuments").hasNotPassed("stageCompleted");

        complete(task("supplyMissingDocuments", project));
        assertThat(project).hasPassed("deficiencyMerge", "stageCompleted").isWaitingAt("issueJointReply");
    }

    @Test
    void aMissedCommitmentReopensTheAcceptanceAndTheNewDecisionRoutes() {
        ProcessInstance project = start();
        plain.decide(task("acceptProject", project), "ACCEPT_WITH_DEFICIENCY");
        plain.decide(review(project, "development"), "AGREE");

        execute(timer(project, "commitmentExpired"));

        assertThat(plain.calls()).contains("recordMissedCommitment");
        assertThat(project).hasPassed("recordMissedCommitment", "commitmentMissed", "commitmentMissedCaught")
                .isWaitingAt("acceptProject");
        assertThat(taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").count()).isZero();

        plain.decide(task("acceptProject", project), "ACCEPT");
        assertThat(project).variables().containsEntry(GreenChannelVariables.ACCEPT_PROJECT_DECISION, "ACCEPT");
        assertThat(project).isWaitingAt("agencyReview").isNotWaitingAt("supplyMissingDocuments");
        assertThat(review(project, "land")).isNotNull();
        assertThat(review(project, "development")).isNull();
    }

    /**
     * 撤回, 终止 and 减签 cancel an open step, and Camunda runs its output mapping then too: the step's input mapping
     * declares {@code decision} empty, so a cancelled step maps out nothing instead of failing the cancellation.
     */
    @Test
    void aCaseEndedFromOutsideWhileAMappedStepIsOpenEndsCleanly() {
        ProcessInstance waitingForAcceptance = start();
        runtime().deleteProcessInstance(waitingForAcceptance.getId(), "申请人撤回");
        assertThat(waitingForAcceptance).isEnded();

        ProcessInstance inReview = acceptedProject();
        plain.decide(review(inReview, "development"), "EXPERT_REVIEW");
        // 减签 of land: its instance of the parallel review is cancelled while its review is open
        ActivityInstance landsReview = runtime().getActivityInstance(inReview.getId()).getActivityInstances("agencyReview")[0];
        runtime().createProcessInstanceModification(inReview.getId())
                .cancelActivityInstance(landsReview.getParentActivityInstanceId()).execute();
        assertThat(review(inReview, "land")).isNull();
        assertThat(task("recordSpecialProcedure", inReview)).hasCandidateGroup("development");

        runtime().deleteProcessInstance(inReview.getId(), "终止办理");
        assertThat(inReview).isEnded();
    }

    @Test
    void theReminderAndTheExpiryRunBesideTheOpenReview() {
        ProcessInstance project = acceptedProject();

        execute(jobQuery().processInstanceId(project.getId()).activityId("deadlineReminder").list().get(0));
        execute(timer(project, "deadlineExpired"));

        assertThat(plain.calls()).contains("remindReviewDeadline", "flagReviewOverdue");
        assertThat(task("superviseOverdueReview", project)).hasCandidateGroup("ecology");
        complete(task("superviseOverdueReview", project));
        assertThat(project).hasPassed("overdueSupervised");
        assertThat(taskQuery().processInstanceId(project.getId()).taskDefinitionKey("agencyReview").count()).isEqualTo(2);
    }
}
