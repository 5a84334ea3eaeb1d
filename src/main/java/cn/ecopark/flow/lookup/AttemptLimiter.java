package cn.ecopark.flow.lookup;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks the public lookup after repeated wrong answers: an application number after 5 wrong codes, a
 * client address after 20 wrong tries (any numbers), each for 15 minutes. Numbers that do not exist are
 * counted and locked the same way, so a lock tells nothing about which numbers exist. Kept in memory: a
 * restart forgets the counts, which only gives a guesser a handful more tries.
 */
@Component
class AttemptLimiter {

    static final int MAX_PER_NUMBER = 5;
    static final int MAX_PER_CLIENT = 20;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 20_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    boolean locked(String caseNo, String client) {
        return isLocked("no:" + caseNo, MAX_PER_NUMBER) || isLocked("ip:" + client, MAX_PER_CLIENT);
    }

    void failed(String caseNo, String client) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = now();
            failures.values().removeIf(f -> f.since.plus(LOCK).isBefore(now));
        }
        count("no:" + caseNo);
        count("ip:" + client);
    }

    void succeeded(String caseNo) {
        failures.remove("no:" + caseNo);
    }

    private boolean isLocked(String key, int max) {
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (f.since.plus(LOCK).isBefore(now())) {
            failures.remove(key, f);
            return false;
        }
        return f.count >= max;
    }

    private void count(String key) {
        Instant now = now();
        failures.compute(key, (k, f) -> f == null || f.since.plus(LOCK).isBefore(now) ? new Failures(now, 1)
                : new Failures(f.since, f.count + 1));
    }

    /** Forgets every count (tests). */
    void reset() {
        failures.clear();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private record Failures(Instant since, int count) {
    }
}
