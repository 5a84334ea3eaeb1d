package cn.ecopark.flow.parkapplication;

import java.time.Instant;

/** The application passed the eligibility check and is accepted (受理); published in the engine's transaction. */
public record ParkApplicationAccepted(String caseNo, Instant at) {
}
