package cn.ecopark.flow.timelimit;

/**
 * An applicant's task (补正) passed its limit and the lapse rule says the case ends: published by the sweep, inside the
 * sweep's transaction, for case control to terminate the case.
 */
public record ApplicantTimeLimitLapsed(String caseNo, String reason) {
}
