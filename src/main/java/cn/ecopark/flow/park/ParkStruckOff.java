package cn.ecopark.flow.park;

import java.time.LocalDate;

/** A park approved to build was struck off (measure 17) (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkStruckOff(Long parkId, LocalDate struckOffOn, String caseNo, String reason) {
}
