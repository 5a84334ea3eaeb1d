package cn.ecopark.flow.approval;

/** Published in the engine's transaction after a decision is stored, for feature packages to react to. */
public record DecisionRecorded(ApprovalRecord record) {
}
