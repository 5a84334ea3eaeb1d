package cn.ecopark.flow.park;

/** An application for the park was accepted: the park is applying (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkApplying(Long parkId, String caseNo) {
}
