package cn.ecopark.flow.park;

/** A park known by name only had its 统一社会信用代码 recorded (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkIdentified(Long parkId, String creditCode) {
}
