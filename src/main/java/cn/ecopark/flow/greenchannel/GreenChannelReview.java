package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.CalendarResult;
import cn.ecopark.flow.calendar.PausableDeadline;
import cn.ecopark.flow.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One agency's part in a project's parallel approval: what it reviews, its statutory clock (a
 * {@link PausableDeadline} kept as plain columns) and, once given, its structured opinion.
 */
public class GreenChannelReview {

    private String agency;
    private String reviewType;
    private String reviewTypeName;
    private Integer statutoryDays;
    private String statutoryBasis;
    private String commitmentSource;
    private int limitDays;
    private ReviewStatus status;
    private LocalDate startedOn;
    private LocalDate deadline;
    private LocalDate pausedOn;
    private int remainingDays;
    private String calendarWarning;
    private Instant reminderSentAt;
    private Instant overdueAt;
    private Outcome outcome;
    private String basis;
    private String conditions;
    private ConditionSubject conditionSubject;
    private String comment;
    private String decidedBy;
    private Instant decidedAt;

    protected GreenChannelReview() {
    }

    /**
     * @param statutoryDays the limit the law sets, in the law's own unit (日), or null where no confirmed law sets one
     * @param limitDays     the green channel's shorter commitment in working days: the clock runs on it
     */
    static GreenChannelReview planned(String agency, String reviewType, String reviewTypeName, Integer statutoryDays,
                                      String statutoryBasis, int limitDays, String commitmentSource) {
        GreenChannelReview review = new GreenChannelReview();
        review.agency = agency;
        review.reviewType = reviewType;
        review.reviewTypeName = reviewTypeName;
        review.statutoryDays = statutoryDays;
        review.statutoryBasis = statutoryBasis;
        review.commitmentSource = commitmentSource;
        review.limitDays = limitDays;
        review.status = ReviewStatus.NOT_STARTED;
        return review;
    }

    /** Starts the clock on its first day, or resumes it with the working days that were left. */
    void startOrResume(WorkingDayCalendar calendar, LocalDate today) {
        CalendarResult<PausableDeadline> clock = switch (status) {
            case NOT_STARTED -> {
                startedOn = today;
                yield PausableDeadline.start(calendar, today, limitDays);
            }
            case PAUSED -> clock().resume(calendar, today);
            case RUNNING, DONE, REMOVED -> CalendarResult.exact(clock());
        };
        take(clock);
        if (status != ReviewStatus.DONE) {
            status = ReviewStatus.RUNNING;
        }
    }

    /** Stops the clock today; the day counts as used. Returns the working days left. */
    int pause(WorkingDayCalendar calendar, LocalDate today) {
        take(clock().pause(calendar, today));
        status = ReviewStatus.PAUSED;
        return remainingDays;
    }

    void opinion(Outcome outcome, String basis, String conditions, ConditionSubject subject, String comment,
                 String decidedBy, Instant decidedAt) {
        this.outcome = outcome;
        this.basis = basis;
        this.conditions = conditions;
        this.conditionSubject = subject;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.status = ReviewStatus.DONE;
    }

    /** 减签: the agency leaves the joint review before giving an opinion; its clock stops where it was. */
    void removed() {
        status = ReviewStatus.REMOVED;
    }

    boolean isRemoved() {
        return status == ReviewStatus.REMOVED;
    }

    void reminded(Instant at) {
        reminderSentAt = at;
    }

    void overdue(Instant at) {
        if (overdueAt == null) {
            overdueAt = at;
        }
    }

    boolean isRunning() {
        return status == ReviewStatus.RUNNING;
    }

    boolean isDone() {
        return status == ReviewStatus.DONE;
    }

    boolean hasConditions() {
        return outcome == Outcome.AGREE_WITH_CONDITIONS;
    }

    PausableDeadline clock() {
        return new PausableDeadline(deadline, pausedOn, remainingDays);
    }

    private void take(CalendarResult<PausableDeadline> clock) {
        deadline = clock.value().deadline();
        pausedOn = clock.value().pausedOn();
        remainingDays = clock.value().remainingWorkingDays();
        calendarWarning = clock.warning().orElse(calendarWarning);
    }

    public String getAgency() {
        return agency;
    }

    public String getReviewType() {
        return reviewType;
    }

    public String getReviewTypeName() {
        return reviewTypeName;
    }

    public Integer getStatutoryDays() {
        return statutoryDays;
    }

    public String getStatutoryBasis() {
        return statutoryBasis;
    }

    public String getCommitmentSource() {
        return commitmentSource;
    }

    /** The statutory limit as users read it, always with its source or 待确认. */
    public String statutoryText() {
        return statutoryDays == null ? "法定时限：" + statutoryBasis
                : "法定时限：%d 日（%s）".formatted(statutoryDays, statutoryBasis);
    }

    /** The green channel's commitment, shown beside the statutory limit, never in its place. */
    public String commitmentText() {
        return "绿色通道承诺时限：%d 个工作日（%s）".formatted(limitDays, commitmentSource);
    }

    public int getLimitDays() {
        return limitDays;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getPausedOn() {
        return pausedOn;
    }

    public int getRemainingDays() {
        return remainingDays;
    }

    public String getCalendarWarning() {
        return calendarWarning;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getBasis() {
        return basis;
    }

    public String getConditions() {
        return conditions;
    }

    public ConditionSubject getConditionSubject() {
        return conditionSubject;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
