package cn.ecopark.flow.park;

import java.time.Instant;
import java.time.LocalDate;

/** One name a park has borne, from {@code validFrom} (null: since before the registry knew it). */
public record ParkName(String name, LocalDate validFrom, Instant changedAt, String changedBy, String caseNo,
                       String reason) {
}
