package cn.ecopark.flow.subsidy;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The creation subsidy of measure 10 for a newly named park: finance's decision and what was paid. */
public class Subsidy {

    @Id
    private Long id;
    private Long parkId;
    private String applicationNo;
    private String decision;
    private BigDecimal awardedAmount;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Integer version;
    private List<Disbursement> disbursements = new ArrayList<>();

    protected Subsidy() {
    }

    static Subsidy decided(Long parkId, String applicationNo, String decision, BigDecimal awardedAmount,
                           String decidedBy, Instant decidedAt) {
        Subsidy subsidy = new Subsidy();
        subsidy.parkId = parkId;
        subsidy.applicationNo = applicationNo;
        subsidy.decision = decision;
        subsidy.awardedAmount = awardedAmount;
        subsidy.decidedBy = decidedBy;
        subsidy.decidedAt = decidedAt;
        return subsidy;
    }

    BigDecimal outstanding() {
        BigDecimal paid = disbursements.stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return awardedAmount.subtract(paid);
    }

    void disburse(Disbursement disbursement) {
        disbursements.add(disbursement);
    }

    public Long getId() {
        return id;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getApplicationNo() {
        return applicationNo;
    }

    public String getDecision() {
        return decision;
    }

    public BigDecimal getAwardedAmount() {
        return awardedAmount;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<Disbursement> getDisbursements() {
        return Collections.unmodifiableList(disbursements);
    }
}
