package cn.ecopark.flow.parkcreation;

/** Where a creation application (创建申请) stands, in the order the dashboard shows the stages. */
public enum CreationStatus {
    EXPERT_REVIEW("专家评审"),
    JOINT_REVIEW("省级联合审查"),
    APPROVAL("批准建设审定"),
    UNDER_CONSTRUCTION("建设期"),
    CONSTRUCTION_ENDED("建设期结束"),
    REJECTED("不予批准"),
    INELIGIBLE("不予受理");

    private final String chineseName;

    CreationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
