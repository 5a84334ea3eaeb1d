package cn.ecopark.flow.greenchannel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period in which an agency's statutory clock stood still, with the reason code and the working days
 * that were left; {@code resumedOn} is empty while the clock is still stopped.
 */
public record GreenChannelPause(String agency, PauseReason reason, String note, Instant pausedAt, LocalDate pausedOn,
                                int remainingDays, LocalDate deadlineBefore, LocalDate resumedOn, LocalDate deadlineAfter) {

    GreenChannelPause resumed(LocalDate on, LocalDate newDeadline) {
        return new GreenChannelPause(agency, reason, note, pausedAt, pausedOn, remainingDays, deadlineBefore, on, newDeadline);
    }

    boolean isOpen() {
        return resumedOn == null;
    }
}
