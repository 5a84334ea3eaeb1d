package cn.ecopark.flow.lookup;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant may see of a case: where it stands, who has finished and who is working on it, the
 * working days used and left, and what is asked of the applicant. No opinion, outcome, basis or comment of
 * any agency: those are internal until the joint result is published.
 */
public record ApplicantProgress(
        String caseNo,
        String caseTypeName,
        String title,
        String stageName,
        boolean closed,
        LocalDate submittedOn,
        LocalDate closedOn,
        List<FinishedStep> finished,
        List<PendingStep> pending,
        int workingDaysUsed,
        Integer workingDaysLeft,
        String requestedOfApplicant,
        String calendarWarning,
        List<CaseNotice> notices) {

    /** What the case was told, in order: 中止, 恢复, 终止, a granted 延期, a lapsed 补正 (no agency's opinion). */
    public record CaseNotice(LocalDate on, String what, String detail) {
    }

    public record FinishedStep(String agencyName, String stepName, LocalDate finishedOn) {
    }

    public record PendingStep(String agencyName, String stepName, LocalDate dueOn, Integer workingDaysLeft) {
    }
}
