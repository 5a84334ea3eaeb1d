package cn.ecopark.flow.web;

import cn.ecopark.flow.calendar.AppClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Our /api requests that file something run in ONE transaction (case, case number, lookup code, everything) and
 * accept an {@code Idempotency-Key} header: a client that timed out and sends the same request again with the
 * same key gets the first answer instead of filing twice. The key row is written first, in the same transaction
 * as the work, so it exists only when the work committed; a second request with the key waits on that row (the
 * database's lock) and then replays the stored answer. Same key with a different body: 422. Same key while the
 * first is still running on another node: 409, try again. The answer is returned only after the commit, so a
 * 2xx always means the work is stored.
 *
 * <p>Stored answers leave out fields named secret (the lookup code is shown once and stored only hashed): the
 * endpoint's {@code replay} step gives them again (for the lookup code: a new one, the old one stops working).
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int ATTEMPTS = 4;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .findAndRegisterModules();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final IdentityService identity;

    IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, IdentityService identity) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.identity = identity;
    }

    /**
     * Runs {@code work} in one transaction; with a key, at most once per caller, endpoint and key.
     *
     * @param secretFields fields of the answer never stored (given again by {@code replay})
     * @param replay       runs (in a transaction) on a stored successful answer before it is sent again
     */
    public ResponseEntity<Map<String, Object>> once(String key, String endpoint, Object request, Set<String> secretFields,
                                                    Supplier<ResponseEntity<Map<String, Object>>> work,
                                                    UnaryOperator<Map<String, Object>> replay) {
        if (key == null) {
            return again(() -> transaction.execute(s -> work.get()));
        }
        if (!KEY.matcher(key).matches()) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST,
                    "Idempotency-Key：须为 8 到 100 个字母、数字或 . _ : - 组成的字符串（建议使用 UUID）");
        }
        String caller = caller();
        String hash = hash(request);
        try {
            return again(() -> transaction.execute(s -> {
                try {
                    jdbc.sql("INSERT INTO idempotent_request (caller, endpoint, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                            .params(caller, endpoint, key, hash, Timestamp.from(AppClock.now())).update();
                } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
                    throw new KeyTaken();
                }
                ResponseEntity<Map<String, Object>> answer = work.get();
                Map<String, Object> stored = new LinkedHashMap<>(answer.getBody() == null ? Map.of() : answer.getBody());
                secretFields.forEach(stored::remove);
                jdbc.sql("UPDATE idempotent_request SET status = ?, response = ? WHERE caller = ? AND endpoint = ? AND idem_key = ?")
                        .params(answer.getStatusCode().value(), write(stored), caller, endpoint, key).update();
                return answer;
            }));
        } catch (KeyTaken taken) {
            return replay(caller, endpoint, key, hash, replay);
        }
    }

    /**
     * Several first filings at once can deadlock in the database (the year's case-number row, a new park) or lose an
     * optimistic lock; the whole transaction rolled back, so it is simply run again, at most {@value #ATTEMPTS} times.
     */
    private static ResponseEntity<Map<String, Object>> again(Supplier<ResponseEntity<Map<String, Object>>> filing) {
        for (int attempt = 1; ; attempt++) {
            try {
                return filing.get();
            } catch (RuntimeException e) {
                boolean lostARace = ErrorAnswer.lockTimeout(e) || ErrorAnswer.optimisticLock(e);
                if (!lostARace || attempt >= ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private ResponseEntity<Map<String, Object>> replay(String caller, String endpoint, String key, String hash,
                                                       UnaryOperator<Map<String, Object>> replay) {
        Optional<Stored> stored = jdbc.sql("SELECT request_hash, status, response FROM idempotent_request WHERE caller = ? AND endpoint = ? AND idem_key = ?")
                .params(caller, endpoint, key).query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)))
                .optional();
        if (stored.isEmpty() || stored.get().status() == null) {
            throw new ApiExceptionHandler.Conflict("Idempotency-Key：同一请求正在处理中，请稍后用同一个 Idempotency-Key 重试");
        }
        if (!stored.get().requestHash().equals(hash)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Idempotency-Key：该键已用于另一份内容不同的请求；新的请求请使用新的键");
        }
        int status = stored.get().status();
        Map<String, Object> body = read(stored.get().response());
        if (status >= 200 && status < 300) {
            body = transaction.execute(s -> replay.apply(read(stored.get().response())));
        }
        return ResponseEntity.status(status).header("Idempotent-Replayed", "true").header("Cache-Control", "no-store").body(body);
    }

    private String caller() {
        Authentication auth = identity.getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "" : auth.getUserId();
    }

    private static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Map<String, Object> body) {
        try {
            String json = JSON.writeValueAsString(body);
            return json.length() > 4000 ? null : json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return json == null ? new LinkedHashMap<>() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String requestHash, Integer status, String response) {
    }

    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }
}
