package cn.ecopark.flow.park;

import java.time.LocalDate;

/**
 * A park was named (published in the naming transaction). {@code contact} is the account that applied for
 * the park and answers for it afterwards, e.g. its self-check in the biennial re-inspection.
 */
public record ParkNamed(Long parkId, LocalDate namedOn, String caseNo, String contact) {
}
