package cn.ecopark.flow.casefile;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Implemented once by each workflow package (a Spring bean): how the shared staff pages find that
 * workflow's cases. The approval sheet, the applicant's progress lookup, attachments and the dashboard
 * only talk to this interface, so a new workflow appears on all of them by adding one provider.
 */
public interface CaseFileProvider {

    /** The process definition key the provider answers for. */
    String caseType();

    /** The workflow's name as staff read it. */
    String caseTypeName();

    Optional<CaseFile> byCaseNo(String caseNo);

    Optional<CaseFile> byProcessInstanceId(String processInstanceId);

    /** Number of cases per stage, every stage in display order (zero counts included). */
    LinkedHashMap<String, Long> countByStage();
}
