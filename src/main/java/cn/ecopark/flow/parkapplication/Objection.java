package cn.ecopark.flow.parkapplication;

import java.time.Instant;

/** An objection received during the public notice (公示), as registered by an ecology clerk. */
public record Objection(String content, Instant receivedAt, String registeredBy) {
}
