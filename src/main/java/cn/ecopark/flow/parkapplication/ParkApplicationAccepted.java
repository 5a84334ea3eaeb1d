package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.outbound.CaseAccepted;

import java.time.Instant;

/** The application passed the eligibility check and is accepted (受理); published in the engine's transaction. */
public record ParkApplicationAccepted(String caseNo, Instant at) implements CaseAccepted {

    @Override
    public String caseType() {
        return "park-application";
    }

    @Override
    public String stepKey() {
        return "checkEligibility";
    }

    @Override
    public String stepName() {
        return "申报资格审查";
    }
}
