package cn.ecopark.flow.park;

import java.time.Instant;

/** One line of a park's history: every status change with who, when, why and which case caused it. */
public record ParkStatusChange(ParkStatus fromStatus, ParkStatus toStatus, Instant changedAt,
                               String changedBy, String caseNo, String reason) {
}
