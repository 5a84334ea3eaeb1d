package cn.ecopark.flow.park;

import cn.ecopark.flow.calendar.AppClock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a park's history: every status change with who, when, why and which case caused it, the date it
 * took effect ({@code effectiveOn}; rows written before V24 have none and take the day they were recorded) and
 * the decision's 文号 when there is one.
 */
public record ParkStatusChange(ParkStatus fromStatus, ParkStatus toStatus, Instant changedAt,
                               String changedBy, String caseNo, String reason, LocalDate effectiveOn,
                               String documentNo) {


    /** The day the change took effect. */
    public LocalDate effectiveDate() {
        if (effectiveOn != null) {
            return effectiveOn;
        }
        return changedAt == null ? null : changedAt.atZone(AppClock.ZONE).toLocalDate();
    }
}
