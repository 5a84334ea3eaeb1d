package cn.ecopark.flow.park;

/** A park entered the registry, new or recorded from before the system went live (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkRegistered(Long parkId, String creditCode, String name, String city) {
}
