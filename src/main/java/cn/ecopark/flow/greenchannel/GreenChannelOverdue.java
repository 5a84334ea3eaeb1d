package cn.ecopark.flow.greenchannel;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * An agency let its statutory time limit pass (督办). One row per expiry, never changed, for the supervision
 * report: which case, which agency and task, when it was due and when it was flagged.
 */
public record GreenChannelOverdue(@Id Long id, String projectNo, String processInstanceId, String agency,
                                  String reviewType, String taskId, String taskName, Instant dueAt, Instant flaggedAt) {
}
