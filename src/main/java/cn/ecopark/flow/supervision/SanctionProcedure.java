package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Due process before a sanction (revocation, strike-off) or before a missed self-check is treated as a failed
 * re-inspection: the written notice to the park with the grounds (事先告知), its statement period (陈述申辩) in
 * working days, the statement, a hearing record where the park asked for one, and then the decision with every
 * agency's opinion and any dissent. A sanction may be applied only once {@link #isStatementPeriodComplete()}.
 */
class SanctionProcedure {

    enum Purpose {
        VIOLATION_SANCTION("违法违规处理（撤销称号或除名）"),
        REVOCATION("复查整改后仍不合格，拟撤销称号"),
        SELF_CHECK_OVERDUE("逾期未提交复查自查报告");

        private final String chineseName;

        Purpose(String chineseName) {
            this.chineseName = chineseName;
        }

        String chineseName() {
            return chineseName;
        }
    }

    enum StatementStatus {
        OPEN("陈述申辩期内"),
        SUBMITTED("已陈述申辩"),
        HEARING_REQUESTED("已申请听证"),
        WAIVED("放弃陈述申辩"),
        LAPSED("期限届满未陈述申辩");

        private final String chineseName;

        StatementStatus(String chineseName) {
            this.chineseName = chineseName;
        }

        String chineseName() {
            return chineseName;
        }
    }

    @Id
    private Long id;
    private String caseNo;
    private String processInstanceId;
    private Long parkId;
    private Purpose purpose;
    private String proposedMeasure;
    private String grounds;
    private String notifiedBy;
    private Instant notifiedAt;
    private int statementWorkingDays;
    private String statementPeriodSource;
    private LocalDate statementDeadline;
    private StatementStatus statementStatus;
    private String statement;
    private Instant statementAt;
    private String hearingRecord;
    private String hearingBy;
    private Instant hearingAt;
    private String decision;
    private String decisionOpinions;
    private String dissent;
    private String decisionComment;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Integer version;

    protected SanctionProcedure() {
    }

    static SanctionProcedure notified(String caseNo, String processInstanceId, Long parkId, Purpose purpose,
                                      String proposedMeasure, String grounds, String by, Instant at,
                                      int workingDays, String periodSource, LocalDate deadline) {
        SanctionProcedure p = new SanctionProcedure();
        p.caseNo = caseNo;
        p.processInstanceId = processInstanceId;
        p.parkId = parkId;
        p.purpose = purpose;
        p.proposedMeasure = proposedMeasure;
        p.grounds = grounds;
        p.notifiedBy = by;
        p.notifiedAt = at;
        p.statementWorkingDays = workingDays;
        p.statementPeriodSource = periodSource;
        p.statementDeadline = deadline;
        p.statementStatus = StatementStatus.OPEN;
        return p;
    }

    void stated(StatementStatus status, String text, Instant at) {
        requireOpen();
        statementStatus = status;
        statement = text;
        statementAt = at;
    }

    void lapsed(Instant at) {
        requireOpen();
        statementStatus = StatementStatus.LAPSED;
        statementAt = at;
    }

    void heard(String record, String by, Instant at) {
        if (statementStatus != StatementStatus.HEARING_REQUESTED) {
            throw new IllegalStateException("No hearing was requested in " + caseNo);
        }
        hearingRecord = record;
        hearingBy = by;
        hearingAt = at;
    }

    void decided(String decision, String opinions, String dissent, String comment, String by, Instant at) {
        if (!isStatementPeriodComplete()) {
            throw new IllegalStateException("陈述申辩程序尚未完成（" + caseNo + "）：不能作出处理决定");
        }
        this.decision = decision;
        this.decisionOpinions = opinions;
        this.dissent = dissent;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The park has stated, waived or let the period lapse, and any hearing it asked for is on record. */
    boolean isStatementPeriodComplete() {
        return switch (statementStatus) {
            case OPEN -> false;
            case HEARING_REQUESTED -> hearingRecord != null;
            case SUBMITTED, WAIVED, LAPSED -> true;
        };
    }

    private void requireOpen() {
        if (statementStatus != StatementStatus.OPEN) {
            throw new IllegalStateException("The statement period of " + caseNo + " is already closed");
        }
    }

    /** The notice as the park reads it. */
    String noticeText() {
        return "事先告知（%s）：拟%s。理由和依据：%s。贵园区可在 %s 前（%d 个工作日，期限来源：%s）提出陈述、申辩，或申请听证；逾期视为放弃。"
                .formatted(purpose.chineseName(), proposedMeasure, grounds, statementDeadline, statementWorkingDays,
                        statementPeriodSource);
    }

    /** The procedure so far, for the clerk who decides. */
    String summary() {
        StringBuilder text = new StringBuilder(noticeText());
        text.append("\n告知：").append(notifiedBy).append("，").append(AppClock.DATE_TIME.format(notifiedAt));
        text.append("\n陈述申辩：").append(statementStatus.chineseName());
        if (statement != null) {
            text.append("：").append(statement);
        }
        if (hearingRecord != null) {
            text.append("\n听证笔录（").append(hearingBy).append("，").append(AppClock.DATE_TIME.format(hearingAt))
                    .append("）：").append(hearingRecord);
        }
        return text.toString();
    }

    Long getId() {
        return id;
    }

    String getCaseNo() {
        return caseNo;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Long getParkId() {
        return parkId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    String getProposedMeasure() {
        return proposedMeasure;
    }

    String getGrounds() {
        return grounds;
    }

    String getNotifiedBy() {
        return notifiedBy;
    }

    Instant getNotifiedAt() {
        return notifiedAt;
    }

    int getStatementWorkingDays() {
        return statementWorkingDays;
    }

    String getStatementPeriodSource() {
        return statementPeriodSource;
    }

    LocalDate getStatementDeadline() {
        return statementDeadline;
    }

    StatementStatus getStatementStatus() {
        return statementStatus;
    }

    String getStatement() {
        return statement;
    }

    String getHearingRecord() {
        return hearingRecord;
    }

    String getDecision() {
        return decision;
    }

    String getDecisionOpinions() {
        return decisionOpinions;
    }

    String getDissent() {
        return dissent;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    String getDecidedBy() {
        return decidedBy;
    }
}
