package cn.ecopark.flow.park;

import java.time.LocalDate;

/** A park files under a new name from {@code from} on; its identity and history stay (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkRenamed(Long parkId, String formerName, String newName, LocalDate from, String caseNo) {
}
