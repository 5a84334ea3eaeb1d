package cn.ecopark.flow.park;

/** An application ended without a decision for the park; it stands where it stood before (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkApplicationClosed(Long parkId, String caseNo, String reason) {
}
