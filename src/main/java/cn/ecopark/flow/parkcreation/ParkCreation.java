package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.park.ParkType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A park's application to be approved to build (创建申请, measures 2 and 17): its build plan, where it stands, the
 * 批准建设 decision with 文号 and date, and the construction period's yearly progress reports. Decisions
 * live in approval records; the park's own standing in the park registry.
 */
public class ParkCreation {

    @Id
    private Long id;
    private String caseNo;
    private Long parkId;
    private String processInstanceId;
    private String applicant;
    private String creditCode;
    private String parkName;
    private String city;
    private ParkType parkType;
    private BigDecimal areaKm2;
    private String buildPlanSummary;
    private String attachmentNames;
    private String contactName;
    private String contactPhone;
    private CreationStatus status;
    private String ineligibleReason;
    private String approvalDocumentNo;
    private LocalDate approvedOn;
    private Instant submittedAt;
    private Instant closedAt;
    @Version
    private Integer version;
    private List<ProgressReport> reports = new ArrayList<>();

    protected ParkCreation() {
    }

    static ParkCreation submit(String caseNo, Long parkId, String processInstanceId, String applicant, CreationData data,
                               Instant at) {
        ParkCreation creation = new ParkCreation();
        creation.caseNo = caseNo;
        creation.parkId = parkId;
        creation.processInstanceId = processInstanceId;
        creation.applicant = applicant;
        creation.creditCode = data.creditCode();
        creation.parkName = data.parkName();
        creation.city = data.city();
        creation.parkType = data.parkType();
        creation.areaKm2 = data.areaKm2();
        creation.buildPlanSummary = data.buildPlanSummary();
        creation.attachmentNames = data.attachmentNames();
        creation.contactName = data.contactName();
        creation.contactPhone = data.contactPhone();
        creation.submittedAt = at;
        creation.status = CreationStatus.EXPERT_REVIEW;
        return creation;
    }

    void refuseAsIneligible(String reason, Instant at) {
        status = CreationStatus.INELIGIBLE;
        ineligibleReason = reason;
        closedAt = at;
    }

    void moveTo(CreationStatus next) {
        status = next;
    }

    void approved(LocalDate on, String documentNo) {
        approvedOn = on;
        approvalDocumentNo = documentNo;
        status = CreationStatus.UNDER_CONSTRUCTION;
    }

    void rejected(Instant at) {
        status = CreationStatus.REJECTED;
        closedAt = at;
    }

    void progressReported(String summary, String by, Instant at) {
        reports.add(new ProgressReport(reports.size() + 1, summary, by, at));
    }

    void constructionEnded(Instant at) {
        status = CreationStatus.CONSTRUCTION_ENDED;
        closedAt = at;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getParkName() {
        return parkName;
    }

    public String getCity() {
        return city;
    }

    public ParkType getParkType() {
        return parkType;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public String getBuildPlanSummary() {
        return buildPlanSummary;
    }

    public String getAttachmentNames() {
        return attachmentNames;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public CreationStatus getStatus() {
        return status;
    }

    public String getIneligibleReason() {
        return ineligibleReason;
    }

    public String getApprovalDocumentNo() {
        return approvalDocumentNo;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<ProgressReport> getReports() {
        return Collections.unmodifiableList(reports);
    }
}
