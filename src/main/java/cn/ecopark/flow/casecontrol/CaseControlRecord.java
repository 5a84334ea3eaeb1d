package cn.ecopark.flow.casecontrol;

import java.time.Instant;

/** A suspension (open until resumed) or a termination of a case; never deleted. */
public record CaseControlRecord(Long id, String caseNo, String caseType, String processInstanceId, Kind kind, String reason,
                                String startedBy, Instant startedAt, String endedBy, Instant endedAt, String endReason,
                                Integer workingDaysPaused) {

    public enum Kind { SUSPENSION, TERMINATION }

    public boolean open() {
        return endedAt == null;
    }
}
