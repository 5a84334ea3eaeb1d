package cn.ecopark.flow.park;

import java.time.LocalDate;

/** The province approved the park to build (批准建设) (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkApprovedToBuild(Long parkId, LocalDate approvedOn, String documentNo, String caseNo) {
}
