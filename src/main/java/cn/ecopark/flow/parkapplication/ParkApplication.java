package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import cn.ecopark.flow.park.ParkType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A park's application to be named an eco-industrial park: the submitted data, where it stands, the
 * conditions reviewers attached, the index-system evaluation and any objections. Decisions live in approval records.
 */
public class ParkApplication {

    @Id
    private Long id;
    private String applicationNo;
    private Long parkId;
    private String processInstanceId;
    private String applicant;
    private String creditCode;
    private String parkName;
    private String city;
    private ParkType parkType;
    private BigDecimal areaKm2;
    private BigDecimal carbonIntensityReductionPct;
    private boolean threeLinesCompliant;
    private int greenIslandFacilities;
    private PlanningEiaStatus planningEiaStatus;
    private String planningEiaConclusion;
    private String attachmentNames;
    private String contactName;
    private String contactPhone;
    private ApplicationStatus status;
    private String ineligibleReason;
    private String correctionReasons;
    /** The catalogue data as JSON (item code → number or boolean): a document the park filed, not a process variable. */
    private String indexValues;
    private String indexCatalogueVersion;
    /** What blocks naming under that version, one line each; empty when nothing does. */
    private String indexBlocking;
    private String indexOverrideNo;
    private String indexOverrideReason;
    private String indexOverrideBy;
    private Instant noticeEndsAt;
    private Instant submittedAt;
    private Instant closedAt;
    private String platformApplicationId;
    private String platformRequestHash;
    @Version
    private Integer version;
    private List<ReviewCondition> conditions = new ArrayList<>();
    private List<Objection> objections = new ArrayList<>();

    protected ParkApplication() {
    }

    static ParkApplication submit(String applicationNo, Long parkId, String processInstanceId, String applicant,
                                  ApplicationData data, Instant at) {
        ParkApplication application = new ParkApplication();
        application.applicationNo = applicationNo;
        application.parkId = parkId;
        application.processInstanceId = processInstanceId;
        application.applicant = applicant;
        application.submittedAt = at;
        application.status = ApplicationStatus.CITY_REVIEW;
        application.apply(data);
        return application;
    }

    /** Takes the applicant's (corrected) data. Credit code, park name and city identify the park and cannot change. */
    void apply(ApplicationData data) {
        if (parkName == null) {
            creditCode = data.creditCode();
            parkName = data.parkName();
            city = data.city();
        }
        parkType = data.parkType();
        areaKm2 = data.areaKm2();
        carbonIntensityReductionPct = data.carbonIntensityReductionPct();
        threeLinesCompliant = data.threeLinesCompliant();
        greenIslandFacilities = data.greenIslandFacilities();
        planningEiaStatus = data.planningEiaStatus();
        planningEiaConclusion = data.planningEiaConclusion();
        attachmentNames = data.attachmentNames();
        contactName = data.contactName();
        contactPhone = data.contactPhone();
    }

    ApplicationData data() {
        return new ApplicationData(creditCode, parkName, city, parkType, areaKm2, carbonIntensityReductionPct, threeLinesCompliant,
                greenIslandFacilities, planningEiaStatus, planningEiaConclusion, attachmentNames, contactName, contactPhone);
    }

    /** The case came through the provincial service platform under the platform's own id. */
    void cameFromPlatform(String platformApplicationId, String requestHash) {
        this.platformApplicationId = platformApplicationId;
        this.platformRequestHash = requestHash;
    }

    void refuseAsIneligible(String reason, Instant at) {
        status = ApplicationStatus.INELIGIBLE;
        ineligibleReason = reason;
        closedAt = at;
    }

    void requestCorrection(String reasons) {
        status = ApplicationStatus.CORRECTION_REQUESTED;
        correctionReasons = reasons;
    }

    void resubmitted(ApplicationData data) {
        if (creditCode == null) {
            creditCode = data.creditCode();
        }
        apply(data);
        status = ApplicationStatus.CITY_REVIEW;
    }

    void moveTo(ApplicationStatus next) {
        status = next;
    }

    void keepCondition(String agency, String text) {
        conditions.add(new ReviewCondition(agency, text));
    }

    void indexValues(String json) {
        indexValues = json;
    }

    void indexJudged(String catalogueVersion, List<String> blocking) {
        indexCatalogueVersion = catalogueVersion;
        indexBlocking = String.join("\n", blocking);
        indexOverrideNo = null;
        indexOverrideReason = null;
        indexOverrideBy = null;
        status = ApplicationStatus.NAMING_CONFIRMATION;
    }

    boolean indexBlocksNaming() {
        return indexBlocking != null && !indexBlocking.isBlank() && indexOverrideNo == null;
    }

    void indexOverridden(String documentNo, String reason, String by) {
        indexOverrideNo = documentNo;
        indexOverrideReason = reason;
        indexOverrideBy = by;
    }

    public String getIndexValues() {
        return indexValues;
    }

    public String getIndexCatalogueVersion() {
        return indexCatalogueVersion;
    }

    public String getIndexBlocking() {
        return indexBlocking;
    }

    public String getIndexOverrideNo() {
        return indexOverrideNo;
    }

    public String getIndexOverrideReason() {
        return indexOverrideReason;
    }

    public String getIndexOverrideBy() {
        return indexOverrideBy;
    }

    /** The line the task panel and the approval sheet print (null before the evaluation). */
    public String indexSummary() {
        if (indexCatalogueVersion == null) {
            return null;
        }
        if (indexBlocking == null || indexBlocking.isBlank()) {
            return "指标体系（" + indexCatalogueVersion + "）：基本条件和必选指标均达标";
        }
        String failed = "指标体系（" + indexCatalogueVersion + "）未达标：" + indexBlocking.replace("\n", "；");
        return indexOverrideNo == null ? failed + "。未经省生态环境厅决定不得命名"
                : failed + "。省生态环境厅决定予以命名（" + indexOverrideNo + "，" + indexOverrideBy + "），理由：" + indexOverrideReason;
    }

    void publicNoticeUntil(Instant endsAt) {
        noticeEndsAt = endsAt;
        status = ApplicationStatus.PUBLIC_NOTICE;
    }

    /** An objection during 公示; one arriving while another is under review joins that review. */
    void objectionReceived(Objection objection) {
        objections.add(objection);
        status = ApplicationStatus.OBJECTION_REVIEW;
    }

    /** Ecology's review answers every objection not answered yet, each on the record. */
    void objectionsAnswered(String answer, String by, Instant at) {
        for (int i = 0; i < objections.size(); i++) {
            if (!objections.get(i).isAnswered()) {
                objections.set(i, objections.get(i).answered(answer, by, at));
            }
        }
    }

    List<Objection> unansweredObjections() {
        return objections.stream().filter(o -> !o.isAnswered()).toList();
    }

    void named(Instant at) {
        status = ApplicationStatus.NAMED;
        closedAt = at;
    }

    /** The applicant withdrew it before any agency decided (taskops). */
    void withdrawn(Instant at) {
        status = ApplicationStatus.WITHDRAWN;
        closedAt = at;
    }

    void rejected(Instant at) {
        status = ApplicationStatus.REJECTED;
        closedAt = at;
    }

    /** 终止 by the lead agency (casecontrol): closed, nothing deleted. */
    void terminated(Instant at) {
        status = ApplicationStatus.TERMINATED;
        closedAt = at;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getApplicationNo() {
        return applicationNo;
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

    public BigDecimal getCarbonIntensityReductionPct() {
        return carbonIntensityReductionPct;
    }

    public boolean isThreeLinesCompliant() {
        return threeLinesCompliant;
    }

    public int getGreenIslandFacilities() {
        return greenIslandFacilities;
    }

    public PlanningEiaStatus getPlanningEiaStatus() {
        return planningEiaStatus;
    }

    public String getPlanningEiaConclusion() {
        return planningEiaConclusion;
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

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getIneligibleReason() {
        return ineligibleReason;
    }

    public String getCorrectionReasons() {
        return correctionReasons;
    }

    public Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getPlatformApplicationId() {
        return platformApplicationId;
    }

    String getPlatformRequestHash() {
        return platformRequestHash;
    }

    public List<ReviewCondition> getConditions() {
        return Collections.unmodifiableList(conditions);
    }

    public List<Objection> getObjections() {
        return Collections.unmodifiableList(objections);
    }
}
