package cn.ecopark.flow.library;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.util.Collection;

/** Writes the audit row for a bank user's read of a project's financing data; reads by anyone else are not audited. */
@Component
class FinancingReads {

    private final FinancingDataReadRepository reads;

    FinancingReads(FinancingDataReadRepository reads) {
        this.reads = reads;
    }

    void record(String userId, Collection<String> groups, Long projectId, String caseNo, String via, String source) {
        if (userId == null || groups == null || !ProjectOpinions.isBank(groups)) {
            return;
        }
        String bank = groups.stream().filter(ProjectOpinions.BANKS::contains).sorted().findFirst().orElseThrow();
        reads.save(new FinancingDataRead(null, userId, bank, projectId, caseNo, via,
                source.length() > 300 ? source.substring(0, 300) : source, ClockUtil.getCurrentTime().toInstant()));
    }
}
