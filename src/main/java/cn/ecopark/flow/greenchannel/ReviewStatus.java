package cn.ecopark.flow.greenchannel;

/** One agency's review of a project: its statutory clock and whether it has given its opinion. */
public enum ReviewStatus {
    NOT_STARTED("未开始"),
    RUNNING("审查中"),
    PAUSED("暂停计时"),
    DONE("已出具意见"),
    /** Taken out of the joint review by the lead agency (减签) before it gave an opinion. */
    REMOVED("已减签");

    private final String chineseName;

    ReviewStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
