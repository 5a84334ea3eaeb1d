package cn.ecopark.flow.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One batch of the funds finance arranged for a pollution-library project (万元), with when it is to be issued. */
public record FundingTranche(String caseNo, int seq, BigDecimal amount, LocalDate plannedOn, String recordedBy,
                             Instant recordedAt) {
}
