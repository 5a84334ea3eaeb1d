package cn.ecopark.flow.library;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * One read of a project's financing data by a bank user: who, for which bank, which project and case, how
 * (REST or a task's variables) and exactly where, when. Written once, never changed.
 */
public record FinancingDataRead(
        @Id Long id,
        String reader,
        String agency,
        Long projectId,
        String caseNo,
        String readVia,
        String source,
        Instant readAt) {

    public static final String VIA_REST = "REST";
    public static final String VIA_TASK = "TASK";
}
