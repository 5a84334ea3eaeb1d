package cn.ecopark.flow.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A case as the staff pages (approval sheet, applicant lookup, attachments, dashboard) need it, whatever
 * the workflow: each workflow's {@link CaseFileProvider} builds it from its own aggregate.
 *
 * @param caseType             the process definition key, e.g. {@code park-application}
 * @param caseTypeName         what the case is called on paper, e.g. 生态工业园区创建申报
 * @param caseNo               the readable number, also the business key
 * @param title                the subject (park or project name)
 * @param applicant            user id of the applicant (the process initiator)
 * @param stageName            where the case stands, in Chinese
 * @param requestedOfApplicant what the applicant must do now (补正 reasons), or null when nothing is asked
 * @param details              the applicant's data for the sheet's header, in display order
 * @param result               the joint result / outcome as it stands, for the sheet
 */
public record CaseFile(
        String caseType,
        String caseTypeName,
        String caseNo,
        String title,
        String processInstanceId,
        String applicant,
        String stageName,
        boolean closed,
        Instant submittedAt,
        Instant closedAt,
        String requestedOfApplicant,
        List<Field> details,
        String result) {

    /** One labelled value of the applicant's data. */
    public record Field(String label, String value) {
    }
}
