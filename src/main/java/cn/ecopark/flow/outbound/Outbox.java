package cn.ecopark.flow.outbound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox tables. Events and their deliveries are written in the caller's transaction (the engine's), so an
 * event exists exactly when the change it reports was committed. A delivery is sent only by the node that
 * claimed it with a conditional UPDATE, so two nodes never send the same delivery at the same time.
 */
@Repository
class Outbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** Due: waiting and its time has come, or claimed by a node whose claim ran out (it died mid-send). */
    private static final String DUE = "((status = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (status = 'SENDING' AND claimed_until < :now))";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    Outbox(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Stores the event and one delivery per endpoint; false when this state change was already stored. */
    boolean store(OutboundEvent event, String payload, List<String> endpointUrls, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM outbound_event WHERE event_id = :id")
                .param("id", event.eventId()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("INSERT INTO outbound_event (event_id, event_type, case_type, case_no, occurred_at, payload) "
                        + "VALUES (:id, :type, :caseType, :caseNo, :at, :payload)")
                .param("id", event.eventId()).param("type", event.type()).param("caseType", event.caseType())
                .param("caseNo", event.caseNo()).param("at", Timestamp.from(event.occurredAt()))
                .param("payload", payload).update();
        for (String url : endpointUrls) {
            jdbc.sql("INSERT INTO outbound_delivery (event_id, endpoint_url, status, attempts, next_attempt_at, created_at) "
                            + "VALUES (:id, :url, 'PENDING', 0, :now, :now)")
                    .param("id", event.eventId()).param("url", url).param("now", Timestamp.from(now)).update();
        }
        return true;
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM outbound_delivery WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    /** Takes the delivery for this node if it is still due; empty when another node (or call) has it. */
    Optional<Claimed> claim(long id, String claim, Instant now, Instant until) {
        int taken = jdbc.sql("UPDATE outbound_delivery SET status = 'SENDING', claim = :claim, claimed_until = :until "
                        + "WHERE id = :id AND " + DUE)
                .param("claim", claim).param("until", Timestamp.from(until)).param("id", id)
                .param("now", Timestamp.from(now)).update();
        if (taken != 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT d.id, d.event_id, e.event_type, d.endpoint_url, d.attempts, e.payload "
                        + "FROM outbound_delivery d JOIN outbound_event e ON e.event_id = d.event_id WHERE d.id = :id")
                .param("id", id)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), claim))
                .single());
    }

    /** Records an attempt and the delivery's next state; nothing if the claim was lost meanwhile. */
    void finish(Claimed delivery, Attempt attempt, String status, Instant nextAttemptAt, String node) {
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("UPDATE outbound_delivery SET status = :status, attempts = :attempts, "
                            + "next_attempt_at = :next, claim = NULL, claimed_until = NULL, last_http_status = :http, "
                            + "last_error = :error, delivered_at = :deliveredAt WHERE id = :id AND claim = :claim")
                    .param("status", status).param("attempts", delivery.attempts() + 1)
                    .param("next", Timestamp.from(nextAttemptAt)).param("http", attempt.httpStatus())
                    .param("error", attempt.error())
                    .param("deliveredAt", DELIVERED.equals(status) ? Timestamp.from(attempt.at()) : null)
                    .param("id", delivery.id()).param("claim", delivery.claim()).update();
            if (updated == 1) {
                jdbc.sql("INSERT INTO outbound_attempt (delivery_id, attempt_no, attempted_at, http_status, error, duration_ms, node) "
                                + "VALUES (:id, :no, :at, :http, :error, :ms, :node)")
                        .param("id", delivery.id()).param("no", delivery.attempts() + 1)
                        .param("at", Timestamp.from(attempt.at())).param("http", attempt.httpStatus())
                        .param("error", attempt.error()).param("ms", attempt.durationMs()).param("node", node).update();
            }
        });
    }

    long count(String status) {
        JdbcClient.StatementSpec query = status == null
                ? jdbc.sql("SELECT COUNT(*) FROM outbound_delivery")
                : jdbc.sql("SELECT COUNT(*) FROM outbound_delivery WHERE status = :status").param("status", status);
        return query.query(Long.class).single();
    }

    List<Map<String, Object>> page(String status, int offset, int size) {
        return jdbc.sql("SELECT d.id, d.event_id, e.event_type, e.case_type, e.case_no, d.endpoint_url, d.status, "
                        + "d.attempts, d.next_attempt_at, d.last_http_status, d.last_error, d.delivered_at, d.created_at "
                        + "FROM outbound_delivery d JOIN outbound_event e ON e.event_id = d.event_id "
                        + (status == null ? "" : "WHERE d.status = :status ") + "ORDER BY d.id DESC LIMIT :size OFFSET :offset")
                .paramSource(status == null ? Map.of("size", size, "offset", offset)
                        : Map.of("status", status, "size", size, "offset", offset))
                .query().listOfRows();
    }

    List<Map<String, Object>> attempts(long deliveryId) {
        return jdbc.sql("SELECT attempt_no, attempted_at, http_status, error, duration_ms, node FROM outbound_attempt "
                        + "WHERE delivery_id = :id ORDER BY attempt_no")
                .param("id", deliveryId).query().listOfRows();
    }

    record Claimed(long id, String eventId, String eventType, String endpointUrl, int attempts, String payload, String claim) {
    }

    record Attempt(Instant at, Integer httpStatus, String error, long durationMs) {
    }
}
