package cn.ecopark.flow.greenchannel;

/** Where a green-channel project stands; the REST view and the forms show the Chinese name. */
public enum ProjectStatus {
    INELIGIBLE("不予受理"),
    AWAITING_ACCEPTANCE("待受理"),
    IN_REVIEW("并联审查中"),
    CORRECTION_REQUESTED("待补正"),
    JOINT_REPLY("待联合答复"),
    APPROVED("同意"),
    APPROVED_WITH_CONDITIONS("附条件同意"),
    REFUSED("不予同意"),
    TERMINATED("已终止"),
    WITHDRAWN("已撤回");

    private final String chineseName;

    ProjectStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
