package cn.ecopark.flow.parkapplication;

import java.time.Instant;

/**
 * An objection received during the public notice (公示), as registered by an ecology clerk, and ecology's answer to it
 * (null until answered). Every objection of the period is kept and answered, however many arrive.
 */
public record Objection(String content, Instant receivedAt, String registeredBy, String answer, String answeredBy,
                        Instant answeredAt) {

    static Objection received(String content, Instant at, String by) {
        return new Objection(content, at, by, null, null, null);
    }

    boolean isAnswered() {
        return answer != null;
    }

    Objection answered(String text, String by, Instant at) {
        return new Objection(content, receivedAt, registeredBy, text, by, at);
    }
}
