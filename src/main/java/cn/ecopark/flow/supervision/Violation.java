package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.ParkStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A serious environmental violation or major incident in a park, reported by ecology with the reference of
 * its enforcement case (measure 17), and what was done: a named park loses its title, a park approved to build
 * is struck off and may not apply again for three years. Decisions live in approval records.
 */
class Violation {

    @Id
    private Long id;
    private String caseNo;
    private Long parkId;
    private String processInstanceId;
    private ViolationKind kind;
    private String caseReference;
    private LocalDate occurredOn;
    private String description;
    private String reportedBy;
    private Instant reportedAt;
    private ParkStatus parkStatus;
    private Sanction sanction;
    private String sanctionExplanation;
    private ViolationStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private Instant closedAt;
    @Version
    private Integer version;

    protected Violation() {
    }

    static Violation reported(String caseNo, Long parkId, String processInstanceId, ViolationReport report,
                              ParkStatus parkStatus, String reportedBy, Instant at) {
        Violation violation = new Violation();
        violation.caseNo = caseNo;
        violation.parkId = parkId;
        violation.processInstanceId = processInstanceId;
        violation.kind = report.kind();
        violation.caseReference = report.caseReference();
        violation.occurredOn = report.occurredOn();
        violation.description = report.description();
        violation.parkStatus = parkStatus;
        violation.reportedBy = reportedBy;
        violation.reportedAt = at;
        violation.status = ViolationStatus.CONSULTATION;
        return violation;
    }

    void proposed(Sanction sanction, String explanation) {
        this.sanction = sanction;
        this.sanctionExplanation = explanation;
    }

    void recordedOnly(Instant at) {
        close(ViolationStatus.RECORDED, at, null);
    }

    void notSanctioned(String by, Instant at) {
        close(ViolationStatus.NOT_SANCTIONED, at, by);
    }

    void sanctioned(String by, Instant at) {
        close(ViolationStatus.SANCTIONED, at, by);
    }

    private void close(ViolationStatus to, Instant at, String by) {
        status = to;
        closedAt = at;
        if (by != null) {
            decidedBy = by;
            decidedAt = at;
        }
    }

    /** The reason a park's history shows: what happened, the enforcement case, and the rule applied. */
    String sanctionReason() {
        return "%s（%s）：%s".formatted(kind.chineseName(), caseReference, sanctionExplanation);
    }

    boolean isOpen() {
        return closedAt == null;
    }

    Long getId() {
        return id;
    }

    String getCaseNo() {
        return caseNo;
    }

    Long getParkId() {
        return parkId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    ViolationKind getKind() {
        return kind;
    }

    String getCaseReference() {
        return caseReference;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }

    String getDescription() {
        return description;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    ParkStatus getParkStatus() {
        return parkStatus;
    }

    Sanction getSanction() {
        return sanction;
    }

    String getSanctionExplanation() {
        return sanctionExplanation;
    }

    ViolationStatus getStatus() {
        return status;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
