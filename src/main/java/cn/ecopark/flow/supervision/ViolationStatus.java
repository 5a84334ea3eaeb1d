package cn.ecopark.flow.supervision;

/** Where a violation case stands. */
enum ViolationStatus {
    CONSULTATION("会商"),
    SANCTIONED("已处理"),
    NOT_SANCTIONED("不予处理"),
    RECORDED("记录在案");

    private final String chineseName;

    ViolationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }
}
