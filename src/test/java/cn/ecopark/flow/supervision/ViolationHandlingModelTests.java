package cn.ecopark.flow.supervision;

import cn.ecopark.flow.support.PlainEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * violation-handling on its own (fast tier): the model and the real {@code violation-sanction} table on a plain engine,
 * the application's beans replaced by stand-ins. The sanction the business-rule task maps out of the table routes the
 * case twice (record only, or due process; then revoke or strike off); the park's answer and ecology's decision route
 * as the steps map them out. The Spring tests (ViolationHandlingProcessTests) cover the real beans.
 */
class ViolationHandlingModelTests {

    @RegisterExtension
    static final PlainEngine plain = PlainEngine.deploying("violation-handling.bpmn", "violation-sanction.dmn");

    final Status status = new Status();
    final List<String> proposed = new ArrayList<>();

    /** Stands in for proposeSanction: the park's status when the violation was reported. */
    public static class Status {
        String parkStatus = "NAMED";

        public String parkStatus(DelegateExecution execution) {
            return parkStatus;
        }
    }

    @BeforeEach
    void beans() {
        for (String stub : List.of("recordViolationOnly", "closeWithoutSanction", "applySanction", "recordStatementLapsed",
                "assignToPark", "recordSanctionDecision", "recordStatement",
                "recordHearing")) {
            plain.stub(stub);
        }
        plain.delegate("registerViolation", execution -> execution.setVariable(SupervisionVariables.VIOLATION_ID, 11L))
                .delegate("recordProposedSanction", execution -> proposed.add(SupervisionVariables.sanction(execution)
                        + "：" + SupervisionVariables.sanctionExplanation(execution)))
                .listener("recordPriorNotice", task ->
                        task.getExecution().setVariable(SupervisionVariables.STATEMENT_DEADLINE, inDays(7)))
                .object("proposeSanction", status);
    }

    private ProcessInstance report(String parkStatus) {
        status.parkStatus = parkStatus;
        return plain.engine().getRuntimeService().startProcessInstanceByMessage(ViolationReports.MESSAGE,
                Map.of(SupervisionVariables.PARK_ID, 5L, SupervisionVariables.REPORTED_BY, "ecology-clerk"));
    }

    @Test
    void aNamedParkLosesItsTitleAfterNoticeStatementConsultationAndDecision() {
        ProcessInstance violation = report("NAMED");

        assertThat(violation).variables().containsEntry(SupervisionVariables.SANCTION, "REVOKE_TITLE");
        assertThat(proposed).singleElement().asString().startsWith("REVOKE_TITLE：依据鲁环发〔2021〕7号第十七条");
        assertThat(violation).isWaitingAt("issuePriorNotice");
        plain.complete(violation, "issuePriorNotice");
        plain.decide(violation, "submitStatement", "SUBMITTED");
        assertThat(violation).hasNotPassed("recordHearing").isWaitingAt("scienceViolationOpinion", "commerceViolationOpinion");
        // the outcome and the table's input lived in their steps' scopes; only what the model maps out reaches the case
        assertThat(plain.engine().getRuntimeService().getVariables(violation.getId()))
                .containsEntry(SupervisionVariables.STATEMENT_DECISION, "SUBMITTED").doesNotContainKeys("decision", "parkStatus");
        plain.complete(violation, "scienceViolationOpinion");
        plain.complete(violation, "commerceViolationOpinion");
        plain.decide(violation, "decideViolation", "APPROVE");

        assertThat(violation).variables().containsEntry(SupervisionVariables.DECIDE_VIOLATION_DECISION, "APPROVE");
        assertThat(violation).hasPassed("revokeParkTitle", "parkTitleRevoked").hasNotPassed("strikeOffPark", "closeWithoutSanction")
                .isEnded();
    }

    @Test
    void aParkApprovedToBuildIsStruckOff() {
        ProcessInstance violation = report("APPROVED_TO_BUILD");

        assertThat(violation).variables().containsEntry(SupervisionVariables.SANCTION, "STRIKE_OFF");
        consultedAndDecided(violation, "APPROVE");
        assertThat(violation).hasPassed("strikeOffPark", "parkStruckOff").hasNotPassed("revokeParkTitle").isEnded();
    }

    @Test
    void ecologyMayDecideNotToSanction() {
        ProcessInstance violation = report("NAMED");

        consultedAndDecided(violation, "REJECT");
        assertThat(violation).hasPassed("closeWithoutSanction", "noSanction").hasNotPassed("revokeParkTitle", "strikeOffPark")
                .isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPLYING", "NONE", "REVOKED", "STRUCK_OFF"})
    void aParkWithNothingToTakeAwayHasTheViolationRecorded(String parkStatus) {
        ProcessInstance violation = report(parkStatus);

        assertThat(violation).variables().containsEntry(SupervisionVariables.SANCTION, "RECORD_ONLY");
        assertThat(violation).hasPassed("recordViolationOnly", "violationRecorded").hasNotPassed("issuePriorNotice").isEnded();
    }

    @Test
    void aRequestedHearingIsHeardBeforeTheAgenciesAreConsulted() {
        ProcessInstance violation = report("NAMED");
        plain.complete(violation, "issuePriorNotice");
        plain.decide(violation, "submitStatement", "HEARING_REQUESTED");

        assertThat(violation).isWaitingAt("recordHearing");
        plain.complete(violation, "recordHearing");
        assertThat(violation).isWaitingAt("scienceViolationOpinion", "commerceViolationOpinion");
    }

    @Test
    void aStatementPeriodEndingUnansweredLeadsToTheConsultationWithoutHearing() {
        ProcessInstance violation = report("NAMED");
        plain.complete(violation, "issuePriorNotice");
        plain.fire(violation, "statementPeriodEnded");

        assertThat(violation).variables().containsEntry(SupervisionVariables.STATEMENT_DECISION, SupervisionVariables.LAPSED);
        assertThat(violation).hasPassed("recordStatementLapsed").hasNotPassed("recordHearing")
                .isWaitingAt("scienceViolationOpinion", "commerceViolationOpinion");
    }

    private static void consultedAndDecided(ProcessInstance violation, String decision) {
        plain.complete(violation, "issuePriorNotice");
        plain.decide(violation, "submitStatement", "WAIVED");
        plain.complete(violation, "scienceViolationOpinion");
        plain.complete(violation, "commerceViolationOpinion");
        plain.decide(violation, "decideViolation", decision);
    }

    private static Date inDays(int days) {
        return Date.from(Instant.now().plusSeconds(days * 86_400L));
    }
}
