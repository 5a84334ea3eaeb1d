package cn.ecopark.flow.greenchannel.api;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.greenchannel.GreenChannelCommitment;
import cn.ecopark.flow.greenchannel.GreenChannelOverdue;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.OpinionConflicts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the API shows it: the intake data, each agency's review with its clock and opinion, the
 * conflicts the lead agency must settle, every pause, every overdue flag, the 容缺 commitments, the result
 * with its obligations, and every decision taken.
 */
record GreenChannelProjectView(
        String projectNo,
        String status,
        String statusName,
        String projectName,
        String investor,
        String parkName,
        String city,
        String cityName,
        BigDecimal investmentWan,
        String industry,
        boolean foreignInvested,
        String reformProcedure,
        String eiaCategory,
        boolean planningEiaConsistent,
        String projectCode,
        String keyProjectBasis,
        String keyProjectDocNo,
        List<String> documentNames,
        String submittedBy,
        boolean submittedAtWindow,
        Instant submittedAt,
        Instant acceptedAt,
        Instant closedAt,
        String ineligibleReason,
        String correctionRequest,
        String correctionReply,
        List<Review> reviews,
        List<Conflict> conflicts,
        List<Pause> pauses,
        List<Overdue> overdue,
        List<GreenChannelCommitment> commitments,
        String result,
        String resultName,
        String resultBasis,
        String resultComment,
        List<Obligation> obligations,
        List<Decision> decisions) {

    record Review(String agency, String agencyName, String reviewType, String reviewTypeName, Integer statutoryDays,
                  String statutoryBasis, int limitDays, String commitmentSource, String status, String statusName, LocalDate startedOn, LocalDate deadline,
                  LocalDate pausedOn, Integer remainingDays, Instant reminderSentAt, Instant overdueAt, String outcome,
                  String outcomeName, String basis, String conditionSubject, String conditions, String comment,
                  String decidedBy, Instant decidedAt, String calendarWarning) {
    }

    record Conflict(String kind, String kindName, List<String> agencies, String description) {
    }

    record Pause(String agency, String agencyName, String reason, String reasonName, String note, Instant pausedAt,
                 LocalDate pausedOn, int remainingDays, LocalDate deadlineBefore, LocalDate resumedOn,
                 LocalDate deadlineAfter) {
    }

    record Overdue(String agency, String agencyName, String reviewType, String taskId, String taskName, Instant dueAt,
                   Instant flaggedAt) {
    }

    record Obligation(String agency, String agencyName, String subject, String subjectName, String text) {
    }

    record Decision(String step, String stepName, String agency, String agencyName, String actor, String outcome,
                    String outcomeName, String basis, String conditions, String comment, Instant decidedAt) {
    }

    static GreenChannelProjectView of(GreenChannelProject p, List<GreenChannelOverdue> overdue, List<ApprovalRecord> records) {
        return new GreenChannelProjectView(p.getProjectNo(), p.getStatus().name(), p.getStatus().chineseName(),
                p.getProjectName(), p.getInvestor(), p.getParkName(), p.getCity(),
                City.byCode(p.getCity()).map(City::chineseName).orElse(p.getCity()), p.getInvestmentWan(),
                p.getIndustry().name(), p.isForeignInvested(), p.getReformProcedure().name(), p.getEiaCategory().name(),
                p.isPlanningEiaConsistent(), p.getProjectCode(),
                p.getKeyProjectBasis() == null ? null : p.getKeyProjectBasis().name(), p.getKeyProjectDocNo(),
                p.getDocumentNames().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                p.getSubmittedBy(), p.isSubmittedAtWindow(), p.getSubmittedAt(), p.getAcceptedAt(), p.getClosedAt(),
                p.getIneligibleReason(), p.getCorrectionRequest(), p.getCorrectionReply(),
                p.getReviews().stream().map(r -> new Review(r.getAgency(), StaffGroup.displayName(r.getAgency()),
                        r.getReviewType(), r.getReviewTypeName(), r.getStatutoryDays(), r.getStatutoryBasis(), r.getLimitDays(),
                        r.getCommitmentSource(), r.getStatus().name(),
                        r.getStatus().chineseName(), r.getStartedOn(), r.getDeadline(), r.getPausedOn(),
                        r.getPausedOn() == null ? null : r.getRemainingDays(), r.getReminderSentAt(), r.getOverdueAt(),
                        r.getOutcome() == null ? null : r.getOutcome().name(),
                        r.getOutcome() == null ? null : r.getOutcome().chineseName(), r.getBasis(),
                        r.getConditionSubject() == null ? null : r.getConditionSubject().chineseName(), r.getConditions(),
                        r.getComment(), r.getDecidedBy(), r.getDecidedAt(), r.getCalendarWarning())).toList(),
                OpinionConflicts.among(p.getReviews()).stream().map(c -> new Conflict(c.kind().name(), c.kind().chineseName(),
                        c.agencies(), c.description())).toList(),
                p.getPauses().stream().map(x -> new Pause(x.agency(), StaffGroup.displayName(x.agency()), x.reason().name(),
                        x.reason().chineseName(), x.note(), x.pausedAt(), x.pausedOn(), x.remainingDays(), x.deadlineBefore(),
                        x.resumedOn(), x.deadlineAfter())).toList(),
                overdue.stream().map(o -> new Overdue(o.agency(), StaffGroup.displayName(o.agency()), o.reviewType(),
                        o.taskId(), o.taskName(), o.dueAt(), o.flaggedAt())).toList(),
                p.getCommitments(),
                p.getResult() == null ? null : p.getResult().name(),
                p.getResult() == null ? null : p.getStatus().chineseName(), p.getResultBasis(), p.getResultComment(),
                p.getObligations().stream().map(o -> new Obligation(o.agency(), StaffGroup.displayName(o.agency()),
                        o.subject() == null ? null : o.subject().name(), o.subject() == null ? null : o.subject().chineseName(),
                        o.text())).toList(),
                records.stream().map(r -> new Decision(r.stepKey(), r.stepName(), r.agency(), StaffGroup.displayName(r.agency()),
                        r.actor(), r.outcome().name(), r.outcome().chineseName(), r.basis(), r.conditions(), r.comment(),
                        r.decidedAt())).toList());
    }
}
