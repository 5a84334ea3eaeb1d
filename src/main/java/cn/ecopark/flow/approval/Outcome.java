package cn.ecopark.flow.approval;

import java.util.Arrays;
import java.util.Optional;

/** What a person decided at a step. Forms submit the code as {@code decision}; staff read the Chinese. */
public enum Outcome {
    PASS("通过"),
    RETURN_FOR_CORRECTION("退回补正"),
    REJECT("不予通过"),
    AGREE("同意"),
    AGREE_WITH_CONDITIONS("附条件同意"),
    DISAGREE("不同意"),
    APPROVE("同意"),
    DISMISS("异议不成立"),
    AWARD("核定补助"),
    NO_AWARD("不予补助"),
    RECORDED("已登记"),
    RESUBMIT("重新提交"),
    ACKNOWLEDGED("已知悉"),
    // pollution-library-intake, green-finance-intake
    FUND("安排资金"),
    NO_FUND("暂不安排资金"),
    SUPPORT("予以支持"),
    LOAN_APPROVED("同意贷款"),
    DECLINE("不予支持"),
    // supervision (biennial-review, violation-handling)
    SUBMITTED("已提交"),
    // green-channel-approval
    ACCEPT("予以受理"),
    ACCEPT_WITH_DEFICIENCY("容缺受理"),
    EXPERT_REVIEW("组织专家评审"),
    SITE_INSPECTION("开展现场核查"),
    URGED("已督办"),
    ISSUED("已出具联合答复"),
    // due process before sanctions (supervision)
    NOTIFIED("已书面告知"),
    HEARING_REQUESTED("申请听证"),
    WAIVED("放弃陈述申辩"),
    // time limits and case control
    URGED_BY_HAND("催办"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_GRANTED("同意延期"),
    EXTENSION_REFUSED("不同意延期"),
    TIME_LIMIT_LAPSED("办理期限届满"),
    SUSPENDED("中止办理"),
    RESUMED("恢复办理"),
    TERMINATED("终止办理"),
    REVIEWER_ADDED("加签"),
    REVIEWER_REMOVED("减签"),
    // case operations (taskops)
    RETURNED("退回"),
    WITHDRAWN("申请人撤回"),
    TAKEN_BACK("收回"),
    TRANSFERRED("转办"),
    DELEGATED("委派"),
    DELEGATION_RESOLVED("委派办结"),
    CARBON_COPIED("抄送");

    private final String chineseName;

    Outcome(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Outcomes that turn a case down or send it back must say why. */
    public boolean needsReason() {
        return this == RETURN_FOR_CORRECTION || this == REJECT || this == DISAGREE || this == DISMISS || this == DECLINE;
    }

    /**
     * An operation on a case or task (催办, 延期, 中止 …; 退回, 撤回, 转办, 委派, 抄送 of taskops), not a step's decision: it is on the record and the sheet,
     * but never counts as an agency's opinion or as a finished step.
     */
    public boolean caseOperation() {
        return ordinal() >= URGED_BY_HAND.ordinal();
    }

    /** The codes of {@link #caseOperation()} outcomes, for queries that want decisions only. */
    public static java.util.List<String> caseOperationCodes() {
        return Arrays.stream(values()).filter(Outcome::caseOperation).map(Enum::name).toList();
    }

    public static Optional<Outcome> parse(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
