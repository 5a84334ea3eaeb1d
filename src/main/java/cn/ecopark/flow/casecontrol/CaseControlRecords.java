package cn.ecopark.flow.casecontrol;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code case_control} table: which cases are suspended now, which were terminated. */
@Component
public class CaseControlRecords {

    private static final RowMapper<CaseControlRecord> ROW = (rs, i) -> new CaseControlRecord(rs.getLong("id"),
            rs.getString("case_no"), rs.getString("case_type"), rs.getString("process_instance_id"),
            CaseControlRecord.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("started_by"),
            rs.getTimestamp("started_at").toInstant(), rs.getString("ended_by"),
            rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(), rs.getString("end_reason"),
            rs.getObject("working_days_paused") == null ? null : rs.getInt("working_days_paused"));

    private final JdbcTemplate jdbc;

    CaseControlRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseControlRecord> ofCase(String caseNo) {
        return jdbc.query("SELECT * FROM case_control WHERE case_no = ? ORDER BY started_at, id", ROW, caseNo);
    }

    public Optional<CaseControlRecord> openSuspension(String caseNo) {
        return ofCase(caseNo).stream().filter(r -> r.kind() == CaseControlRecord.Kind.SUSPENSION && r.open()).findFirst();
    }

    public Optional<CaseControlRecord> termination(String caseNo) {
        return ofCase(caseNo).stream().filter(r -> r.kind() == CaseControlRecord.Kind.TERMINATION).findFirst();
    }

    void insert(String caseNo, String caseType, String processInstanceId, CaseControlRecord.Kind kind, String reason,
                String by, Instant at) {
        jdbc.update("INSERT INTO case_control (case_no, case_type, process_instance_id, kind, reason, started_by, started_at)"
                + " VALUES (?,?,?,?,?,?,?)", caseNo, caseType, processInstanceId, kind.name(), reason, by, Timestamp.from(at));
    }

    void end(long id, String by, Instant at, String reason, Integer workingDaysPaused) {
        jdbc.update("UPDATE case_control SET ended_by = ?, ended_at = ?, end_reason = ?, working_days_paused = ? WHERE id = ?",
                by, Timestamp.from(at), reason, workingDaysPaused, id);
    }
}
