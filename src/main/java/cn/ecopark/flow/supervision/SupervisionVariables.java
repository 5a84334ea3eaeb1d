package cn.ecopark.flow.supervision;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * The process variables of both supervision workflows, {@code biennial-review} and {@code violation-handling}: one
 * class for the two, because their due process (事先告知, 陈述申辩, 听证, 决定) is the same steps and the same beans in
 * both models. Every variable the package's code reads or writes is named here and read typed (ids through
 * {@link CaseVariables#requiredId}, dates as the engine's date type); the variables every case carries (case number,
 * title, city) are {@link CaseVariables}'.
 *
 * <p>Where the models set what their gateways read, Modeler shows it: {@link #SPOT_CHECK_REQUIRED} is the result variable
 * of 指标体系评价, {@link #REVIEW_VERDICT} and {@link #SANCTION} are output mappings of the business-rule tasks that
 * evaluate {@code biennial-review-verdict} and {@code violation-sanction}, {@link #NOTICE_PURPOSE} is the result variable
 * of 确定告知事项, and each step's outcome a gateway or a delegate reads is mapped out of the step
 * ({@code <step>Decision = ${decision}}). Such a step starts its outcome empty (input {@code decision = ${null}}): ending
 * it otherwise (its boundary timer, a case ended or moved back) runs the output mapping too, which would fail on an
 * unknown {@code decision}. The decision tables' inputs are input mappings of their tasks and never become process
 * variables.
 */
final class SupervisionVariables {

    // ---- both workflows

    /** The park under supervision (start variable of both; for a violation, validated by its first step). */
    static final String PARK_ID = "parkId";
    /** The account that answers for the park (its applicant), or none: then the city's ecology bureau files for it. */
    static final String PARK_CONTACT = "parkContact";
    /** End of the statement period (陈述申辩期): the park's task is due then and its timer fires then. */
    static final String STATEMENT_DEADLINE = "statementDeadline";
    /**
     * The park's answer to the notice, mapped out of 陈述申辩: SUBMITTED, HEARING_REQUESTED or WAIVED; {@link #LAPSED}
     * when the period ended without one (mapped out of 记录逾期未陈述申辩). The hearing gateway reads it.
     */
    static final String STATEMENT_DECISION = "submitStatementDecision";
    /** What the model maps into {@link #STATEMENT_DECISION} when the statement period ended unanswered. */
    static final String LAPSED = "LAPSED";
    /**
     * The flag the hearing gateway of the model versions before {@link #STATEMENT_DECISION} read, set by Java out of the
     * model's sight. Kept in step only for cases still running on those versions (so a park's request for a hearing is
     * never lost); goes once they are migrated to the current version.
     */
    static final String LEGACY_HEARING_REQUESTED = "hearingRequested";

    // ---- biennial-review

    /** Start variables of one park's re-inspection (written by the schedule, removed by 登记复查). */
    static final String NAMED_ON = "namedOn";
    static final String CYCLE_NO = "cycleNo";
    static final String DUE_ON = "dueOn";
    /** How many re-inspections the daily timer started (the timer branch's only variable). */
    static final String REVIEWS_STARTED = "reviewsStarted";
    static final String REVIEW_ID = "reviewId";
    static final String SELF_CHECK_DEADLINE = "selfCheckDeadline";
    static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    /** Whether the agencies check on site (the result of 指标体系评价). */
    static final String SPOT_CHECK_REQUIRED = "spotCheckRequired";
    /** The agencies' on-site outcomes (AGREE, DISAGREE), mapped out of the three 现场核查 steps. */
    static final String ECOLOGY_SPOT_CHECK_DECISION = "ecologySpotCheckDecision";
    static final String SCIENCE_SPOT_CHECK_DECISION = "scienceSpotCheckDecision";
    static final String COMMERCE_SPOT_CHECK_DECISION = "commerceSpotCheckDecision";
    static final List<String> SPOT_CHECK_DECISIONS = List.of(ECOLOGY_SPOT_CHECK_DECISION, SCIENCE_SPOT_CHECK_DECISION,
            COMMERCE_SPOT_CHECK_DECISION);
    /** PASS, RECTIFY or FAIL, and the table's reason: outputs of {@code biennial-review-verdict} (复查结论评定). */
    static final String REVIEW_VERDICT = "reviewVerdict";
    static final String VERDICT_REASON = "verdictReason";
    /** What the notice was about (REVOCATION, SELF_CHECK_OVERDUE): the result of 确定告知事项. */
    static final String NOTICE_PURPOSE = "noticePurpose";
    /** Ecology's APPROVE or REJECT on 撤销称号决定. */
    static final String CONFIRM_REVOCATION_DECISION = "confirmRevocationDecision";

    // ---- violation-handling

    static final String VIOLATION_ID = "violationId";
    /** Start variables: ecology's report (validated and removed by 登记违法违规情况) and who filed it. */
    static final String KIND = "kind";
    static final String CASE_REFERENCE = "caseReference";
    static final String OCCURRED_ON = "occurredOn";
    static final String DESCRIPTION = "description";
    static final String REPORTED_BY = "reportedBy";
    static final List<String> REPORT_FIELDS = List.of(KIND, CASE_REFERENCE, OCCURRED_ON, DESCRIPTION);
    /** REVOKE_TITLE, STRIKE_OFF or RECORD_ONLY, and the table's explanation: outputs of {@code violation-sanction}. */
    static final String SANCTION = "sanction";
    static final String SANCTION_EXPLANATION = "sanctionExplanation";
    /** Ecology's APPROVE or REJECT on 违法违规处理决定. */
    static final String DECIDE_VIOLATION_DECISION = "decideViolationDecision";

    // ---- form fields the listeners read (each removed from the process once read)

    static final String COMMENT = "comment";
    static final String GROUNDS = "grounds";
    static final String STATEMENT = "statement";
    static final String HEARING_RECORD = "hearingRecord";
    static final String SELF_CHECK_REPORT = "selfCheckReport";
    static final String RECTIFICATION_REPORT = "rectificationReport";
    static final String ATTACHMENT_NAMES = "attachmentNames";

    private SupervisionVariables() {
    }

    /** The start of one park's re-inspection: the park, its naming date, the cycle and the date it fell due. */
    static VariableMap reviewDue(long parkId, LocalDate namedOn, int cycleNo, LocalDate dueOn) {
        return Variables.createVariables().putValue(PARK_ID, parkId)
                .putValueTyped(NAMED_ON, CaseVariables.dateValue(namedOn))
                .putValue(CYCLE_NO, cycleNo)
                .putValueTyped(DUE_ON, CaseVariables.dateValue(dueOn));
    }

    static long reviewId(VariableScope scope) {
        return CaseVariables.requiredId(scope, REVIEW_ID);
    }

    /** The violation of a violation case; null in a re-inspection (the due-process steps serve both). */
    static Long violationId(VariableScope scope) {
        return CaseVariables.id(scope, VIOLATION_ID);
    }

    static long requiredViolationId(VariableScope scope) {
        return CaseVariables.requiredId(scope, VIOLATION_ID);
    }

    /** The park, or null when a caller started the case without one (refused by the first step). */
    static Long parkId(VariableScope scope) {
        return CaseVariables.id(scope, PARK_ID);
    }

    /** The park of a re-inspection, which the schedule always starts with one. */
    static long requiredParkId(VariableScope scope) {
        return CaseVariables.requiredId(scope, PARK_ID);
    }

    static String parkContact(VariableScope scope) {
        return CaseVariables.text(scope, PARK_CONTACT);
    }

    static LocalDate namedOn(VariableScope scope) {
        return CaseVariables.date(scope, NAMED_ON);
    }

    static LocalDate dueOn(VariableScope scope) {
        return CaseVariables.date(scope, DUE_ON);
    }

    static int cycleNo(VariableScope scope) {
        return Math.toIntExact(CaseVariables.requiredId(scope, CYCLE_NO));
    }

    static String reviewVerdict(VariableScope scope) {
        return CaseVariables.text(scope, REVIEW_VERDICT);
    }

    static String verdictReason(VariableScope scope) {
        return CaseVariables.text(scope, VERDICT_REASON);
    }

    static String sanction(VariableScope scope) {
        return CaseVariables.text(scope, SANCTION);
    }

    static String sanctionExplanation(VariableScope scope) {
        return CaseVariables.text(scope, SANCTION_EXPLANATION);
    }

    static String reportedBy(VariableScope scope) {
        return CaseVariables.text(scope, REPORTED_BY);
    }

    /** A deadline travels as the engine's date type: the instant a task falls due and its timer fires. */
    static void setDeadline(VariableScope scope, String name, Instant deadline) {
        scope.setVariable(name, Date.from(deadline));
    }
}
