package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.Outcome;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one bank did for a green-finance project: PBoC's re-lending quota and guided rate, CBIRC's supervisory
 * measures and term extension, CDB's loan (amount in 万元, rate in %, term and extension in months), or a
 * refusal with its reason. Fields a bank does not use stay null.
 */
public record BankAction(String caseNo, String bank, Outcome outcome, BigDecimal amount, BigDecimal ratePct,
                         Integer termMonths, Integer extensionMonths, String measures, String reason,
                         String recordedBy, Instant recordedAt) {
}
