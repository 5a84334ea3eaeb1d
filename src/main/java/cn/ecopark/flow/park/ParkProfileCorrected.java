package cn.ecopark.flow.park;

/** A park's type and planned area were corrected (补正) (published by {@link ParkLifecycle} in the transaction that made the change). */
public record ParkProfileCorrected(Long parkId, String caseNo) {
}
