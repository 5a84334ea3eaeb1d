package cn.ecopark.flow.timelimit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code task_deadline} table; written in the engine's transaction (same data source). */
@Component
public class TaskDeadlines {

    private static final RowMapper<TaskDeadline> ROW = TaskDeadlines::map;
    private final JdbcTemplate jdbc;

    TaskDeadlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TaskDeadline d) {
        jdbc.update("INSERT INTO task_deadline (task_id, process_instance_id, case_type, task_key, task_name, applicant_task,"
                        + " model_timed, working_days, due_at, remind_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                d.taskId(), d.processInstanceId(), d.caseType(), d.taskKey(), d.taskName(), d.applicantTask(), d.modelTimed(),
                d.workingDays(), ts(d.dueAt()), ts(d.remindAt()), ts(d.createdAt()));
    }

    public Optional<TaskDeadline> of(String taskId) {
        return jdbc.query("SELECT * FROM task_deadline WHERE task_id = ?", ROW, taskId).stream().findFirst();
    }

    public List<TaskDeadline> openOfInstance(String processInstanceId) {
        return jdbc.query("SELECT * FROM task_deadline WHERE process_instance_id = ? AND ended_at IS NULL", ROW, processInstanceId);
    }

    void ended(String taskId, Instant at) {
        jdbc.update("UPDATE task_deadline SET ended_at = ? WHERE task_id = ? AND ended_at IS NULL", ts(at), taskId);
    }

    public void endAllOf(String processInstanceId, Instant at) {
        jdbc.update("UPDATE task_deadline SET ended_at = ? WHERE process_instance_id = ? AND ended_at IS NULL", ts(at), processInstanceId);
    }

    /** A new due date (延期, resumption): reminder and overdue flag start afresh. */
    public void moved(String taskId, Instant dueAt, Instant remindAt) {
        jdbc.update("UPDATE task_deadline SET due_at = ?, remind_at = ?, reminded_at = NULL, overdue_at = NULL WHERE task_id = ?",
                ts(dueAt), ts(remindAt), taskId);
    }

    List<TaskDeadline> dueForReminder(Instant now) {
        return jdbc.query("SELECT * FROM task_deadline WHERE ended_at IS NULL AND reminded_at IS NULL AND model_timed = FALSE"
                + " AND remind_at <= ? ORDER BY remind_at", ROW, ts(now));
    }

    List<TaskDeadline> newlyOverdue(Instant now) {
        return jdbc.query("SELECT * FROM task_deadline WHERE ended_at IS NULL AND overdue_at IS NULL AND model_timed = FALSE"
                + " AND due_at < ? ORDER BY due_at", ROW, ts(now));
    }

    void reminded(String taskId, Instant at) {
        jdbc.update("UPDATE task_deadline SET reminded_at = ? WHERE task_id = ?", ts(at), taskId);
    }

    void overdue(String taskId, Instant at) {
        jdbc.update("UPDATE task_deadline SET overdue_at = ? WHERE task_id = ?", ts(at), taskId);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static TaskDeadline map(ResultSet rs, int row) throws SQLException {
        Integer days = rs.getObject("working_days") == null ? null : rs.getInt("working_days");
        return new TaskDeadline(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("case_type"),
                rs.getString("task_key"), rs.getString("task_name"), rs.getBoolean("applicant_task"), rs.getBoolean("model_timed"),
                days, instant(rs, "due_at"), instant(rs, "remind_at"), instant(rs, "created_at"),
                instant(rs, "reminded_at"), instant(rs, "overdue_at"), instant(rs, "ended_at"));
    }
}
