package cn.ecopark.flow.export;

import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One export downloaded: who, when, which export ({@code cases} or {@code dashboard}), workflow and period (cases
 * only), format and how many data rows it held. Written once, never changed.
 */
public record ExportRecord(
        @Id Long id,
        String exportedBy,
        Instant exportedAt,
        String kind,
        String caseType,
        LocalDate periodFrom,
        LocalDate periodTo,
        String format,
        int rowCount) {
}
