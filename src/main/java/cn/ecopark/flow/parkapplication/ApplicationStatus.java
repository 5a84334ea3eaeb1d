package cn.ecopark.flow.parkapplication;

/** Where a park application stands; the applicant lookup and the dashboard read it. */
public enum ApplicationStatus {
    INELIGIBLE("不予受理"),
    CITY_REVIEW("市级初审"),
    CORRECTION_REQUESTED("待补正"),
    JOINT_REVIEW("省级联合审查"),
    NAMING_CONFIRMATION("命名确认"),
    PUBLIC_NOTICE("公示中"),
    OBJECTION_REVIEW("异议处理"),
    NAMED("已命名"),
    REJECTED("不予通过"),
    TERMINATED("已终止"),
    WITHDRAWN("已撤回");

    private final String chineseName;

    ApplicationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
