package cn.ecopark.flow.lookup;

import cn.ecopark.flow.calendar.AppClock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Locks the public lookup after repeated wrong answers: an application number after 5 wrong codes, a
 * client address after 20 wrong tries (any numbers), each for 15 minutes. Numbers that do not exist are
 * counted and locked the same way, so a lock tells nothing about which numbers exist. The counts are in the
 * database (table {@code lookup_attempt}), so every node of a cluster sees the same ones and a restart
 * forgets nothing; each count is one atomic UPDATE, so two nodes counting at once lose no try.
 */
@Component
class AttemptLimiter {

    static final int MAX_PER_NUMBER = 5;
    static final int MAX_PER_CLIENT = 20;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    AttemptLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean locked(String caseNo, String client) {
        return isLocked("no:" + caseNo, MAX_PER_NUMBER) || isLocked("ip:" + client, MAX_PER_CLIENT);
    }

    void failed(String caseNo, String client) {
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.sql("DELETE FROM lookup_attempt WHERE since < ?").param(at(AppClock.now().minus(LOCK))).update();
        }
        count("no:" + caseNo);
        count("ip:" + client);
    }

    void succeeded(String caseNo) {
        jdbc.sql("DELETE FROM lookup_attempt WHERE attempt_key = ?").param(key("no:" + caseNo)).update();
    }

    private boolean isLocked(String key, int max) {
        return jdbc.sql("SELECT COUNT(*) FROM lookup_attempt WHERE attempt_key = ? AND failures >= ? AND since >= ?")
                .params(key(key), max, at(AppClock.now().minus(LOCK))).query(Integer.class).single() > 0;
    }

    private void count(String key) {
        Timestamp now = at(AppClock.now());
        Timestamp expired = at(AppClock.now().minus(LOCK));
        for (int attempt = 0; attempt < 3; attempt++) {
            // A count older than the lock starts again at 1.
            int updated = jdbc.sql("""
                            UPDATE lookup_attempt
                               SET failures = CASE WHEN since < ? THEN 1 ELSE failures + 1 END,
                                   since = CASE WHEN since < ? THEN ? ELSE since END
                             WHERE attempt_key = ?""")
                    .params(expired, expired, now, key(key)).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO lookup_attempt (attempt_key, failures, since) VALUES (?, 1, ?)").params(key(key), now).update();
                return;
            } catch (DataIntegrityViolationException concurrentFirstTry) {
                // Another node inserted the row in between: count on it.
            }
        }
    }

    /** Forgets every count (tests). */
    void reset() {
        jdbc.sql("DELETE FROM lookup_attempt").update();
    }

    private static String key(String key) {
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
