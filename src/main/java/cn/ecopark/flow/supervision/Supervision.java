package cn.ecopark.flow.supervision;

/** The two workflows' keys and case number prefixes. */
final class Supervision {

    static final String REVIEW_PROCESS = "biennial-review";
    /** Starts one park's re-inspection (biennial-review has a second start: its daily timer). */
    static final String REVIEW_DUE_MESSAGE = "BiennialReviewDue";
    /** 复查: FCJC-2028-0001. */
    static final String REVIEW_PREFIX = "FCJC";
    /** 违法处理: WFCL-2028-0001. */
    static final String VIOLATION_PREFIX = "WFCL";

    private Supervision() {
    }
}
