package cn.ecopark.flow.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment of an awarded subsidy, with the voucher that proves it. */
public record Disbursement(BigDecimal amount, LocalDate disbursedOn, String voucherNo, String recordedBy, Instant recordedAt) {
}
