package cn.ecopark.flow.park;

import java.time.LocalDate;

/** A named park lost its title (measures 16 and 17) (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkRevoked(Long parkId, LocalDate revokedOn, String caseNo, String reason) {
}
