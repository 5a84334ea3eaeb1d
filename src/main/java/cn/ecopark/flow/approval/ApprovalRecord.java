package cn.ecopark.flow.approval;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * One decision taken on a case: who, which agency, when, the outcome and what they wrote. Written once,
 * never changed; the joint-reply view, the approval sheet and the audit read these rows.
 */
public record ApprovalRecord(
        @Id Long id,
        String caseType,
        String caseNo,
        String processInstanceId,
        String taskId,
        String stepKey,
        String stepName,
        String agency,
        String actor,
        Outcome outcome,
        String basis,
        String conditions,
        String comment,
        Instant decidedAt) {
}
