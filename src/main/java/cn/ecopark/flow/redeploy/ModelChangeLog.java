package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.calendar.AppClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;

/**
 * The model change log (table {@code model_change}). A deployment is written in the engine's transaction, so it is
 * logged exactly when it is committed; a refusal in a transaction of its own, because the refused deployment's
 * transaction rolls back.
 */
@Component
public class ModelChangeLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ModelChangeLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the caller's transaction. */
    public long record(ModelChange.Kind kind, String actor, String deploymentId, String deploymentName, String source,
                       List<String> processKeys, String summary, Object details) {
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO model_change (kind, actor, changed_at, deployment_id, deployment_name, source, process_key, summary, details)
                        VALUES (:kind, :actor, :at, :deploymentId, :name, :source, :keys, :summary, :details)""")
                .param("kind", kind.name())
                .param("actor", actor)
                .param("at", Timestamp.from(AppClock.now()))
                .param("deploymentId", deploymentId)
                .param("name", cut(deploymentName, 255))
                .param("source", cut(source, 255))
                .param("keys", processKeys.isEmpty() ? null : cut("," + String.join(",", processKeys) + ",", 1000))
                .param("summary", cut(summary, 2000))
                .param("details", json(details))
                .update(keyHolder, "id");
        return keyHolder.getKey().longValue();
    }

    /** In a transaction of its own: stays when the caller's rolls back. */
    public long recordSeparately(ModelChange.Kind kind, String actor, String deploymentId, String deploymentName, String source,
                                 List<String> processKeys, String summary, Object details) {
        Long id = separately.execute(status -> record(kind, actor, deploymentId, deploymentName, source, processKeys, summary, details));
        return id == null ? -1 : id;
    }

    public void updateDetails(long id, String summary, Object details) {
        jdbc.sql("UPDATE model_change SET summary = :summary, details = :details WHERE id = :id")
                .param("summary", cut(summary, 2000)).param("details", json(details)).param("id", id).update();
    }

    public ModelChange find(long id) {
        return jdbc.sql("SELECT * FROM model_change WHERE id = :id").param("id", id).query(this::row).optional().orElse(null);
    }

    /** The latest changes first; only those touching the process key when one is given. */
    public List<ModelChange> latest(String processKey, int limit) {
        if (processKey == null) {
            return jdbc.sql("SELECT * FROM model_change ORDER BY changed_at DESC, id DESC").query(this::row).list()
                    .stream().limit(limit).toList();
        }
        return jdbc.sql("SELECT * FROM model_change WHERE process_key LIKE :key ORDER BY changed_at DESC, id DESC")
                .param("key", "%," + processKey + ",%").query(this::row).list().stream().limit(limit).toList();
    }

    private ModelChange row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String keys = rs.getString("process_key");
        return new ModelChange(rs.getLong("id"), ModelChange.Kind.valueOf(rs.getString("kind")), rs.getString("actor"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("deployment_id"), rs.getString("deployment_name"),
                rs.getString("source"), keys == null ? null : keys.replaceAll("^,|,$", ""), rs.getString("summary"),
                parse(rs.getString("details")));
    }

    private static String json(Object details) {
        try {
            return details == null ? null : JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String details) {
        try {
            return details == null ? null : JSON.readTree(details);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
