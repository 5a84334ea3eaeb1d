package cn.ecopark.flow.taskops;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A read-only copy of a case sent to one person (抄送): who sent it from which task, why, and the task that shows it
 * in the recipient's "抄送我的" Tasklist filter. A group recipient is expanded to its members when sent.
 */
public record CarbonCopy(
        @Id Long id,
        String caseNo,
        String processInstanceId,
        String fromTaskId,
        String sender,
        String recipient,
        String recipientGroup,
        String note,
        String copyTaskId,
        Instant sentAt,
        Instant readAt) {

    CarbonCopy read(Instant at) {
        return new CarbonCopy(id, caseNo, processInstanceId, fromTaskId, sender, recipient, recipientGroup, note, copyTaskId, sentAt, at);
    }
}
