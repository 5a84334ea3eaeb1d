package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.Outcome;

import java.util.Optional;

/** Why a statutory clock stopped; the time in these periods does not count against the agency. */
public enum PauseReason {
    CORRECTION("申请人补正材料"),
    EXPERT_REVIEW("专家评审"),
    SITE_INSPECTION("现场核查"),
    ACCEPTANCE_REOPENED("容缺材料逾期未补齐，重新受理");

    private final String chineseName;

    PauseReason(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The pause an agency's own decision starts: expert review or site inspection. */
    public static Optional<PauseReason> ofDecision(Outcome outcome) {
        return switch (outcome) {
            case EXPERT_REVIEW -> Optional.of(EXPERT_REVIEW);
            case SITE_INSPECTION -> Optional.of(SITE_INSPECTION);
            default -> Optional.empty();
        };
    }
}
