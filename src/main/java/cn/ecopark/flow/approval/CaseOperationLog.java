package cn.ecopark.flow.approval;

import cn.ecopark.flow.calendar.AppClock;
import org.springframework.stereotype.Component;

/**
 * Writes a case operation (催办, 延期, 中止, 终止, 加签 …) to the approval record: who, when, for which agency,
 * on which step, and why. The operations are not decisions: see {@link Outcome#caseOperation()}.
 */
@Component
public class CaseOperationLog {

    private final ApprovalRecordRepository records;

    CaseOperationLog(ApprovalRecordRepository records) {
        this.records = records;
    }

    /**
     * @param step    the task the operation concerns, or null for the whole case (then {@code stepKey} names the operation)
     * @param agency  the group the actor acted for
     */
    public ApprovalRecord record(String caseType, String caseNo, String processInstanceId, Step step, String agency,
                                 String actor, Outcome outcome, String comment) {
        if (!outcome.caseOperation()) {
            throw new IllegalArgumentException(outcome + " is a decision, not a case operation");
        }
        return records.save(new ApprovalRecord(null, caseType, caseNo, processInstanceId,
                step.taskId(), step.key(), step.name(), agency, actor, outcome, null, null, comment,
                AppClock.now()));
    }

    /** The step an operation concerns: a task, or the case itself ({@code taskId} null). */
    public record Step(String taskId, String key, String name) {

        public static Step ofCase(String key, String name) {
            return new Step(null, key, name);
        }
    }
}
