package cn.ecopark.flow.supervision;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.park.ParkStatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A park's standing and every status change, each with the case that caused it and that case's decisions (who
 * decided what for which agency, when), plus its re-inspections and violation cases.
 */
public record ParkHistoryView(
        Long parkId,
        String parkName,
        String city,
        String cityName,
        String status,
        String statusName,
        LocalDate approvedOn,
        LocalDate namedOn,
        LocalDate revokedOn,
        LocalDate struckOffOn,
        LocalDate mayApplyAgainFrom,
        List<Change> changes,
        List<ReviewLine> reviews,
        List<ViolationLine> violations) {

    public record Change(String fromStatus, String fromStatusName, String toStatus, String toStatusName, Instant changedAt,
                  String changedBy, String caseNo, String reason, List<Decision> decisions) {
    }

    public record Decision(String step, String stepName, String agency, String agencyName, String actor, String outcome,
                    String outcomeName, String basis, String comment, Instant decidedAt) {
    }

    public record ReviewLine(String reviewNo, int cycleNo, LocalDate dueOn, boolean spotChecked, String status, String statusName,
                      String indexCatalogueVersion, String indexSummary, String verdict, String verdictReason, Instant rectificationDeadline,
                      Instant closedAt) {
    }

    public record ViolationLine(String caseNo, String kind, String kindName, String caseReference, LocalDate occurredOn,
                         String reportedBy, String sanction, String sanctionName, String status, String statusName,
                         String decidedBy, Instant closedAt) {
    }

    static ParkHistoryView of(Park park, Map<String, List<ApprovalRecord>> decisionsByCase, List<Review> reviews,
                              List<Violation> violations) {
        return new ParkHistoryView(park.getId(), park.getName(), park.getCity(),
                City.byCode(park.getCity()).map(City::chineseName).orElse(park.getCity()),
                park.getStatus().name(), park.getStatus().chineseName(), park.getApprovedOn(), park.getNamedOn(),
                park.getRevokedOn(), park.getStruckOffOn(),
                park.getStatus() == ParkStatus.STRUCK_OFF && park.getStruckOffOn() != null ? park.getStruckOffOn().plusYears(3) : null,
                park.getHistory().stream().map(c -> change(c, decisionsByCase.getOrDefault(c.caseNo(), List.of()))).toList(),
                reviews.stream().map(r -> new ReviewLine(r.getReviewNo(), r.getCycleNo(), r.getDueOn(), r.isSpotChecked(),
                        r.getStatus().name(), r.getStatus().chineseName(), r.getIndexCatalogueVersion(), r.indexSummary(), r.getVerdict(),
                        r.getVerdictReason(), r.getRectificationDeadline(), r.getClosedAt())).toList(),
                violations.stream().map(v -> new ViolationLine(v.getCaseNo(), v.getKind().name(), v.getKind().chineseName(),
                        v.getCaseReference(), v.getOccurredOn(), v.getReportedBy(),
                        v.getSanction() == null ? null : v.getSanction().name(),
                        v.getSanction() == null ? null : v.getSanction().chineseName(),
                        v.getStatus().name(), v.getStatus().chineseName(), v.getDecidedBy(), v.getClosedAt())).toList());
    }

    private static Change change(ParkStatusChange c, List<ApprovalRecord> records) {
        return new Change(c.fromStatus() == null ? null : c.fromStatus().name(),
                c.fromStatus() == null ? null : c.fromStatus().chineseName(), c.toStatus().name(),
                c.toStatus().chineseName(), c.changedAt(), c.changedBy(), c.caseNo(), c.reason(),
                records.stream().map(r -> new Decision(r.stepKey(), r.stepName(), r.agency(),
                        StaffGroup.displayName(r.agency(), r.decidedAt() == null ? null : r.decidedAt().atZone(AppClock.ZONE).toLocalDate()),
                        r.actor(), r.outcome().name(), r.outcome().chineseName(), r.basis(), r.comment(), r.decidedAt())).toList());
    }
}
