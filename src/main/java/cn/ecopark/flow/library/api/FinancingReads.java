package cn.ecopark.flow.library.api;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.library.FinancingDataRead;
import cn.ecopark.flow.library.FinancingDataReadRepository;
import cn.ecopark.flow.library.ProjectOpinions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/** Writes the audit row for a read of a project's financing data by finsup or a bank; the environmental agencies' reads are not audited. */
@Component
class FinancingReads {

    private final FinancingDataReadRepository reads;
    private final JdbcClient jdbc;

    FinancingReads(FinancingDataReadRepository reads, JdbcClient jdbc) {
        this.reads = reads;
        this.jdbc = jdbc;
    }

    /** The project and case number of a library case, from the intake table: never from variables a user could write. */
    Optional<IntakeOf> intakeOf(String processInstanceId) {
        return jdbc.sql("SELECT library_project, case_no FROM library_intake WHERE process_instance_id = ?")
                .param(processInstanceId)
                .query((rs, row) -> new IntakeOf(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    record IntakeOf(long projectId, String caseNo) {
    }

    void record(String userId, Collection<String> groups, Long projectId, String caseNo, String via, String source) {
        if (userId == null || groups == null || !ProjectOpinions.isFinancialSide(groups)) {
            return;
        }
        String bank = groups.stream().filter(ProjectOpinions.FINANCIAL_SIDE::contains).sorted().findFirst().orElseThrow();
        reads.save(new FinancingDataRead(null, userId, bank, projectId, caseNo, via,
                source.length() > 300 ? source.substring(0, 300) : source, AppClock.now()));
    }
}
