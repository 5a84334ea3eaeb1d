package cn.ecopark.flow.supervision;

import cn.ecopark.flow.indexsystem.IndexEvaluation;
import cn.ecopark.flow.indexsystem.IndicatorValues;
import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One biennial re-inspection (复查) of a named park, measure 16: cycle n falls due n × 2 years after the
 * naming. The park reports its index-system data (self-check, then the rectification report if it failed); the
 * newest catalogue judges it and the review keeps the latest round's data, which version judged and what was not
 * met; a drawn park, and every park re-checked after rectification, is spot checked by ecology, science and
 * commerce; the verdict table decides. Decisions live in approval records.
 */
class Review {

    static final int FIRST_ROUND = 1;
    static final int RECHECK_ROUND = 2;
    static final int BLOCKING_LENGTH = 2000;

    @Id
    private Long id;
    private String reviewNo;
    private Long parkId;
    private LocalDate namedOn;
    private int cycleNo;
    private LocalDate dueOn;
    private String reviewBatch;
    private boolean spotChecked;
    private String processInstanceId;
    private String contact;
    private ReviewStatus status;
    private int reviewRound;
    private BigDecimal carbonIntensityReductionPct;
    private Boolean threeLinesCompliant;
    private Integer greenIslandFacilities;
    private PlanningEiaStatus planningEiaStatus;
    private String selfCheckReport;
    private String attachmentNames;
    private Instant selfCheckedAt;
    /** The catalogue data the park reported last, as JSON (item code → number or boolean). */
    private String indexValues;
    /** The catalogue version that judged the latest round, and what it found not met (one line each; empty: all met). */
    private String indexCatalogueVersion;
    private String indexBlocking;
    private Boolean indicatorsMet;
    private Integer spotCheckDisagreements;
    private String verdict;
    private String verdictReason;
    private Instant rectificationDeadline;
    private String rectificationReport;
    private String rectificationAttachmentNames;
    private Instant rectificationReportedAt;
    private boolean rectificationOverdue;
    private Instant openedAt;
    private Instant closedAt;
    private String closingNote;
    @Version
    private Integer version;

    protected Review() {
    }

    static Review open(String reviewNo, Long parkId, LocalDate namedOn, int cycleNo, LocalDate dueOn, boolean spotChecked,
                       String processInstanceId, String contact, Instant at) {
        Review review = new Review();
        review.reviewNo = reviewNo;
        review.parkId = parkId;
        review.namedOn = namedOn;
        review.cycleNo = cycleNo;
        review.dueOn = dueOn;
        review.reviewBatch = batchOf(dueOn).toString();
        review.spotChecked = spotChecked;
        review.processInstanceId = processInstanceId;
        review.contact = contact;
        review.status = ReviewStatus.SELF_CHECK;
        review.reviewRound = FIRST_ROUND;
        review.openedAt = at;
        return review;
    }

    /** The batch a due date belongs to: the parks due in the same month are drawn from together. */
    static YearMonth batchOf(LocalDate dueOn) {
        return YearMonth.from(dueOn);
    }

    /** Cycle n of a park named on {@code namedOn} falls due n × 2 years later. */
    static LocalDate dueOn(LocalDate namedOn, int cycleNo) {
        return namedOn.plusYears(2L * cycleNo);
    }

    void selfChecked(IndicatorValues values, String index, String report, String attachments, Instant at) {
        take(values, index);
        selfCheckReport = report;
        attachmentNames = attachments;
        selfCheckedAt = at;
    }

    /** The catalogue's judgement of this round's data: met when no basic condition, 必选 item or group fails. */
    void judged(IndexEvaluation.Result result) {
        indexCatalogueVersion = result.catalogueVersion();
        indexBlocking = fitting(result.blocking());
        indicatorsMet = result.met();
        if (needsSpotCheck()) {
            status = isRecheck() ? ReviewStatus.RECHECK : ReviewStatus.SPOT_CHECK;
        }
    }

    /** The blocking lines, as many as the column holds (2000), then how many more there are. */
    static String fitting(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String next = (i == 0 ? "" : "\n") + lines.get(i);
            String more = "\n……另有 " + (lines.size() - i) + " 项未达标";
            if (text.length() + next.length() + (i + 1 < lines.size() ? more.length() : 0) > BLOCKING_LENGTH) {
                return text + more;
            }
            text.append(next);
        }
        return text.toString();
    }

    /** Drawn parks are spot checked; so is every park re-checked after rectification. */
    boolean needsSpotCheck() {
        return spotChecked || isRecheck();
    }

    void decided(String verdict, String reason, int disagreements) {
        this.verdict = verdict;
        this.verdictReason = reason;
        this.spotCheckDisagreements = disagreements;
    }

    void passed(Instant at) {
        close(ReviewStatus.PASSED, at, verdictReason);
    }

    void rectificationOrdered(Instant deadline) {
        rectificationDeadline = deadline;
        status = ReviewStatus.RECTIFICATION;
    }

    void rectified(IndicatorValues values, String index, String report, String attachments, Instant at) {
        take(values, index);
        rectificationReport = report;
        rectificationAttachmentNames = attachments;
        rectificationReportedAt = at;
        reviewRound = RECHECK_ROUND;
    }

    /** The deadline passed without a report: the park is re-checked on the figures it reported before. */
    void rectificationOverdue() {
        rectificationOverdue = true;
        reviewRound = RECHECK_ROUND;
    }

    void awaitingRevocation() {
        status = ReviewStatus.REVOCATION;
    }

    /** The self-check deadline passed without a report: after the notice and statement period the park must rectify. */
    void selfCheckMissed() {
        decided("RECTIFY", "逾期未提交复查自查报告", 0);
    }

    /** Ecology decided not to revoke after hearing the park: the re-inspection closes, the title stays. */
    void notRevoked(Instant at, String note) {
        close(ReviewStatus.NOT_REVOKED, at, note);
    }

    void revoked(Instant at, String note) {
        close(ReviewStatus.REVOKED, at, note);
    }

    /** The park lost its title some other way (a violation): the re-inspection has nothing left to decide. */
    void cancelled(Instant at, String note) {
        close(ReviewStatus.CANCELLED, at, note);
    }

    private void close(ReviewStatus to, Instant at, String note) {
        status = to;
        closedAt = at;
        closingNote = note;
    }

    private void take(IndicatorValues values, String index) {
        indexValues = index;
        carbonIntensityReductionPct = values.carbonIntensityReductionPct();
        threeLinesCompliant = values.threeLinesCompliant();
        greenIslandFacilities = values.greenIslandFacilities();
        planningEiaStatus = values.planningEiaStatus();
    }

    /** The figures the park reported last, or null before its self-check. */
    IndicatorValues figures() {
        if (planningEiaStatus == null) {
            return null;
        }
        return new IndicatorValues(carbonIntensityReductionPct, Boolean.TRUE.equals(threeLinesCompliant),
                greenIslandFacilities, planningEiaStatus);
    }

    boolean isRecheck() {
        return reviewRound == RECHECK_ROUND;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    /** The line the task panel, the case file and the revocation print (null before the first judgement). */
    String indexSummary() {
        if (indexCatalogueVersion == null) {
            return null;
        }
        return blockingLines().isEmpty() ? "指标体系（" + indexCatalogueVersion + "）：基本条件和必选指标均达标"
                : "指标体系（" + indexCatalogueVersion + "）未达标：" + String.join("；", blockingLines());
    }

    List<String> blockingLines() {
        return indexBlocking == null || indexBlocking.isBlank() ? List.of() : indexBlocking.lines().toList();
    }

    Long getId() {
        return id;
    }

    String getReviewNo() {
        return reviewNo;
    }

    Long getParkId() {
        return parkId;
    }

    LocalDate getNamedOn() {
        return namedOn;
    }

    int getCycleNo() {
        return cycleNo;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getReviewBatch() {
        return reviewBatch;
    }

    boolean isSpotChecked() {
        return spotChecked;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getContact() {
        return contact;
    }

    ReviewStatus getStatus() {
        return status;
    }

    int getReviewRound() {
        return reviewRound;
    }

    String getSelfCheckReport() {
        return selfCheckReport;
    }

    String getAttachmentNames() {
        return attachmentNames;
    }

    Instant getSelfCheckedAt() {
        return selfCheckedAt;
    }

    String getIndexValues() {
        return indexValues;
    }

    String getIndexCatalogueVersion() {
        return indexCatalogueVersion;
    }

    String getIndexBlocking() {
        return indexBlocking;
    }

    Boolean getIndicatorsMet() {
        return indicatorsMet;
    }

    Integer getSpotCheckDisagreements() {
        return spotCheckDisagreements;
    }

    String getVerdict() {
        return verdict;
    }

    String getVerdictReason() {
        return verdictReason;
    }

    Instant getRectificationDeadline() {
        return rectificationDeadline;
    }

    String getRectificationReport() {
        return rectificationReport;
    }

    String getRectificationAttachmentNames() {
        return rectificationAttachmentNames;
    }

    Instant getRectificationReportedAt() {
        return rectificationReportedAt;
    }

    boolean isRectificationOverdue() {
        return rectificationOverdue;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosingNote() {
        return closingNote;
    }
}
