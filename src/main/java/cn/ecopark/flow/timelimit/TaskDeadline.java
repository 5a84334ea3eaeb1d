package cn.ecopark.flow.timelimit;

import java.time.Instant;

/** The time limit of one user task: when it is due, when the reminder comes, what has happened. */
public record TaskDeadline(String taskId, String processInstanceId, String caseType, String taskKey, String taskName,
                           boolean applicantTask, boolean modelTimed, Integer workingDays, Instant dueAt, Instant remindAt,
                           Instant createdAt, Instant remindedAt, Instant overdueAt, Instant endedAt) {

    boolean open() {
        return endedAt == null;
    }
}
