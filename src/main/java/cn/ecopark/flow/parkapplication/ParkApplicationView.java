package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An application as the API shows it: the data, where it stands, and every decision taken on it. */
record ParkApplicationView(
        String applicationNo,
        String status,
        String statusName,
        String parkName,
        String city,
        String cityName,
        String parkType,
        BigDecimal areaKm2,
        BigDecimal carbonIntensityReductionPct,
        boolean threeLinesCompliant,
        int greenIslandFacilities,
        String planningEiaStatus,
        String planningEiaConclusion,
        List<String> attachmentNames,
        String contactName,
        String contactPhone,
        Instant submittedAt,
        Instant closedAt,
        String ineligibleReason,
        String correctionReasons,
        String indexCatalogueVersion,
        String indexSummary,
        List<Condition> conditions,
        Instant noticeEndsAt,
        List<Objection> objections,
        List<Decision> decisions) {

    record Condition(String agency, String agencyName, String text) {
    }

    record Decision(String step, String stepName, String agency, String agencyName, String actor, String outcome,
                    String outcomeName, String basis, String conditions, String comment, Instant decidedAt) {
    }

    static ParkApplicationView of(ParkApplication a, List<ApprovalRecord> records) {
        return new ParkApplicationView(a.getApplicationNo(), a.getStatus().name(), a.getStatus().chineseName(),
                a.getParkName(), a.getCity(), City.byCode(a.getCity()).map(City::chineseName).orElse(a.getCity()),
                a.getParkType().name(), a.getAreaKm2(), a.getCarbonIntensityReductionPct(), a.isThreeLinesCompliant(),
                a.getGreenIslandFacilities(), a.getPlanningEiaStatus().name(), a.getPlanningEiaConclusion(),
                a.getAttachmentNames().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                a.getContactName(), a.getContactPhone(), a.getSubmittedAt(), a.getClosedAt(), a.getIneligibleReason(),
                a.getCorrectionReasons(), a.getIndexCatalogueVersion(), a.indexSummary(),
                a.getConditions().stream().map(c -> new Condition(c.agency(), StaffGroup.displayName(c.agency()), c.text())).toList(),
                a.getNoticeEndsAt(), a.getObjections(),
                records.stream().map(r -> new Decision(r.stepKey(), r.stepName(), r.agency(), StaffGroup.displayName(r.agency()),
                        r.actor(), r.outcome().name(), r.outcome().chineseName(), r.basis(), r.conditions(), r.comment(),
                        r.decidedAt())).toList());
    }
}
