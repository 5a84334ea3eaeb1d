package cn.ecopark.flow.approvalsheet;

import cn.ecopark.flow.casefile.CaseFile;

import java.time.LocalDateTime;
import java.util.List;

/** The approval sheet (审批单) of one case: header, applicant data, each agency's opinion, the joint result. */
record ApprovalSheet(CaseFile caseFile, List<Opinion> opinions, LocalDateTime printedAt) {

    /** One decision as signed: step, agency, signer, date, outcome and what they wrote. */
    record Opinion(String stepName, String agencyName, String signer, LocalDateTime signedAt, String outcomeName,
                   String basis, String conditions, String comment) {
    }
}
