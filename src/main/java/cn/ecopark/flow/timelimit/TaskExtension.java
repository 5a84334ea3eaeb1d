package cn.ecopark.flow.timelimit;

import java.time.Instant;

/** A clerk's request for more time on a task (延期) and the lead agency's answer. */
public record TaskExtension(Long id, String taskId, String processInstanceId, int workingDays, String reason,
                            String requestedBy, Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
                            String decisionComment, Instant oldDueAt, Instant newDueAt) {

    public enum Status { PENDING, GRANTED, REFUSED }
}
