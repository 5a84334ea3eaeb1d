package cn.ecopark.flow.library;

/** Where a project's intake into one library stands; every ADMITTED_ status means it is in the library. */
public enum IntakeStatus {
    UNDER_REVIEW("审核中"),
    REFUSED("不予入库"),
    ADMITTED_RESERVE("已入库（储备项目）"),
    ADMITTED_FUNDED("已入库，已安排资金"),
    ADMITTED_PARTIALLY_FUNDED("已入库，部分安排资金"),
    ADMITTED_UNFUNDED("已入库，暂未安排资金"),
    ADMITTED_FOLLOW_UP("已入库，银行跟进中"),
    ADMITTED_FINANCED("已入库，已获贷款支持"),
    ADMITTED_PARTIALLY_FINANCED("已入库，部分获得金融支持"),
    ADMITTED_NOT_FINANCED("已入库，银行均未予支持");

    private final String chineseName;

    IntakeStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean admitted() {
        return name().startsWith("ADMITTED_");
    }
}
