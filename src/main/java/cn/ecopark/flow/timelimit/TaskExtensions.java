package cn.ecopark.flow.timelimit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code task_extension} and {@code task_urge} tables. */
@Component
class TaskExtensions {

    private static final RowMapper<TaskExtension> ROW = (rs, i) -> new TaskExtension(rs.getLong("id"), rs.getString("task_id"),
            rs.getString("process_instance_id"), rs.getInt("working_days"), rs.getString("reason"), rs.getString("requested_by"),
            instant(rs, "requested_at"), TaskExtension.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
            instant(rs, "decided_at"), rs.getString("decision_comment"), instant(rs, "old_due_at"), instant(rs, "new_due_at"));

    private final JdbcTemplate jdbc;

    TaskExtensions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long request(String taskId, String processInstanceId, int workingDays, String reason, String by, Instant at, Instant due) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO task_extension (task_id, process_instance_id, working_days,"
                    + " reason, requested_by, requested_at, status, old_due_at) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
            s.setString(1, taskId);
            s.setString(2, processInstanceId);
            s.setInt(3, workingDays);
            s.setString(4, reason);
            s.setString(5, by);
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, TaskExtension.Status.PENDING.name());
            s.setTimestamp(8, due == null ? null : Timestamp.from(due));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    Optional<TaskExtension> of(long id) {
        return jdbc.query("SELECT * FROM task_extension WHERE id = ?", ROW, id).stream().findFirst();
    }

    List<TaskExtension> ofTask(String taskId) {
        return jdbc.query("SELECT * FROM task_extension WHERE task_id = ? ORDER BY requested_at, id", ROW, taskId);
    }

    /** Decides a pending request; false when it was no longer pending (two deciders at once). */
    boolean decide(long id, TaskExtension.Status status, String by, Instant at, String comment, Instant newDue) {
        return jdbc.update("UPDATE task_extension SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?, new_due_at = ?"
                        + " WHERE id = ? AND status = 'PENDING'", status.name(), by, Timestamp.from(at), comment,
                newDue == null ? null : Timestamp.from(newDue), id) == 1;
    }

    /** Today's urge of the task, if any: (who, when). */
    Optional<String[]> urgeOn(String taskId, java.time.LocalDate day) {
        return jdbc.query("SELECT urged_by, urged_at FROM task_urge WHERE task_id = ? AND urged_on = ?",
                (rs, i) -> new String[]{rs.getString(1), rs.getTimestamp(2).toInstant().toString()}, taskId, java.sql.Date.valueOf(day))
                .stream().findFirst();
    }

    void urge(String taskId, java.time.LocalDate day, String by, Instant at, String comment) {
        jdbc.update("INSERT INTO task_urge (task_id, urged_on, urged_by, urged_at, comment) VALUES (?,?,?,?,?)",
                taskId, java.sql.Date.valueOf(day), by, Timestamp.from(at), comment);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
