package cn.ecopark.flow.park;

/** A park's life under the programme: applying → approved to build → named → revoked / struck off. */
public enum ParkStatus {
    /** Known to the system (registered on first application) but not named and not under way. */
    NONE("未命名"),
    APPLYING("申报中"),
    APPROVED_TO_BUILD("批准建设"),
    NAMED("已命名"),
    REVOKED("已撤销称号"),
    STRUCK_OFF("已除名");

    private final String chineseName;

    ParkStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
