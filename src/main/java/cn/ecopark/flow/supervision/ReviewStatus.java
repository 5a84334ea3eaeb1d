package cn.ecopark.flow.supervision;

/** Where a biennial re-inspection stands. */
enum ReviewStatus {
    SELF_CHECK("园区自查"),
    SPOT_CHECK("现场抽查"),
    RECTIFICATION("限期整改"),
    RECHECK("整改后复查"),
    REVOCATION("撤销称号审定"),
    PASSED("复查合格"),
    REVOKED("已撤销称号"),
    CANCELLED("已终止"),
    NOT_REVOKED("不予撤销");

    private final String chineseName;

    ReviewStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }
}
