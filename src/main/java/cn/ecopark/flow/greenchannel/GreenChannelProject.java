package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A key construction project in the green channel (measure 15): the intake data, the agencies that review
 * it with their statutory clocks and opinions, every pause of those clocks, the 容缺 commitments, the joint
 * reply and the conditions it leaves as obligations. Decisions themselves are also in approval records.
 */
public class GreenChannelProject {

    /** The project number's prefix (LSTD-yyyy-nnnn, also the case's business key). */
    public static final String CASE_PREFIX = "LSTD";

    @Id
    private Long id;
    private String projectNo;
    private String processInstanceId;
    private String submittedBy;
    private boolean submittedAtWindow;
    private Long parkId;
    private String projectName;
    private String investor;
    private String parkName;
    private String city;
    private BigDecimal investmentWan;
    private Industry industry;
    private boolean foreignInvested;
    private ReformProcedure reformProcedure;
    private EiaCategory eiaCategory;
    private boolean planningEiaConsistent;
    private String documentNames;
    private String contactName;
    private String contactPhone;
    private String projectCode;
    private KeyProjectBasis keyProjectBasis;
    private String keyProjectDocNo;
    private ProjectStatus status;
    private String ineligibleReason;
    private String correctionRequestedBy;
    private String correctionRequest;
    private Instant correctionRequestedAt;
    private String correctionReply;
    private Outcome result;
    private String resultBasis;
    private String resultComment;
    private String repliedBy;
    private Instant submittedAt;
    private Instant acceptedAt;
    private Instant closedAt;
    @Version
    private Integer version;
    private List<GreenChannelReview> reviews = new ArrayList<>();
    private List<GreenChannelPause> pauses = new ArrayList<>();
    private List<GreenChannelCommitment> commitments = new ArrayList<>();
    private List<GreenChannelObligation> obligations = new ArrayList<>();

    protected GreenChannelProject() {
    }

    public static GreenChannelProject submit(String projectNo, Long parkId, String processInstanceId, String submittedBy,
                                      boolean atWindow, ProjectData data, Instant at) {
        GreenChannelProject project = new GreenChannelProject();
        project.projectNo = projectNo;
        project.parkId = parkId;
        project.processInstanceId = processInstanceId;
        project.submittedBy = submittedBy;
        project.submittedAtWindow = atWindow;
        project.submittedAt = at;
        project.status = ProjectStatus.AWAITING_ACCEPTANCE;
        project.projectName = data.projectName();
        project.investor = data.investor();
        project.parkName = data.parkName();
        project.city = data.city();
        project.investmentWan = data.investmentWan();
        project.industry = data.industry();
        project.foreignInvested = data.foreignInvested();
        project.reformProcedure = data.reformProcedure();
        project.eiaCategory = data.eiaCategory();
        project.planningEiaConsistent = data.planningEiaConsistent();
        project.documentNames = data.documentNames();
        project.contactName = data.contactName();
        project.contactPhone = data.contactPhone();
        project.projectCode = data.projectCode();
        project.keyProjectBasis = data.keyProjectBasis();
        project.keyProjectDocNo = data.keyProjectDocNo();
        return project;
    }

    public ProjectData data() {
        return new ProjectData(projectName, investor, parkName, city, investmentWan, industry, foreignInvested,
                reformProcedure, eiaCategory, planningEiaConsistent, documentNames, contactName, contactPhone, projectCode,
                keyProjectBasis, keyProjectDocNo);
    }

    /** 终止 by the lead agency (casecontrol): closed, nothing deleted. */
    void terminated(Instant at) {
        status = ProjectStatus.TERMINATED;
        closedAt = at;
    }

    public void refuseAsIneligible(String reason, Instant at) {
        status = ProjectStatus.INELIGIBLE;
        ineligibleReason = reason;
        closedAt = at;
    }

    /** 受理: the statutory clocks start from this day; a re-acceptance after a missed commitment keeps the first date. */
    public void accepted(Instant at) {
        if (acceptedAt == null) {
            acceptedAt = at;
        }
        status = ProjectStatus.IN_REVIEW;
    }

    public void acceptedWithDeficiency(GreenChannelCommitment commitment) {
        accepted(commitment.acceptedAt());
        commitments.add(commitment);
    }

    Optional<GreenChannelCommitment> openCommitment() {
        return commitments.stream().filter(GreenChannelCommitment::isOpen).findFirst();
    }

    public void documentsSupplied(String documents, Instant at) {
        replaceOpenCommitment(openCommitment().orElseThrow().supplied(at, documents));
        moveToJointReplyIfReady();
    }

    /** The applicant missed the 容缺 deadline: the acceptance is reopened and the running clocks stop. */
    public void commitmentMissed(WorkingDayCalendar calendar, Instant at) {
        replaceOpenCommitment(openCommitment().orElseThrow().missed(at));
        pauseRunningClocks(calendar, PauseReason.ACCEPTANCE_REOPENED, "容缺材料未在承诺期限内补齐", at);
        status = ProjectStatus.AWAITING_ACCEPTANCE;
    }

    private void replaceOpenCommitment(GreenChannelCommitment updated) {
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).isOpen()) {
                commitments.set(i, updated);
                return;
            }
        }
    }

    /** The routing table's plan, taken once: a re-acceptance continues with the same agencies. */
    public void plan(List<GreenChannelReview> planned) {
        if (reviews.isEmpty()) {
            reviews.addAll(planned);
        }
    }

    public boolean isPlanned() {
        return !reviews.isEmpty();
    }

    /** Agencies that have not given their opinion yet: after a pause only they continue, finished ones stay done. */
    List<String> pendingAgencies() {
        return reviews.stream().filter(r -> !r.isDone() && !r.isRemoved()).map(GreenChannelReview::getAgency).toList();
    }

    /** The agency's review unless it was taken out (减签). */
    Optional<GreenChannelReview> activeReview(String agency) {
        return reviews.stream().filter(r -> r.getAgency().equals(agency) && !r.isRemoved()).findFirst();
    }

    /** 加签: a new agency joins the running joint review; an agency taken out before joins again with a fresh review. */
    void addReview(GreenChannelReview added) {
        if (activeReview(added.getAgency()).isPresent()) {
            throw new IllegalStateException(added.getAgency() + " already reviews project " + projectNo);
        }
        reviews.removeIf(r -> r.getAgency().equals(added.getAgency()));
        reviews.add(added);
    }

    /** 减签: the agency leaves before giving its opinion; if it was the last one pending the case moves on. */
    void removeReview(String agency) {
        GreenChannelReview review = activeReview(agency)
                .orElseThrow(() -> new IllegalStateException(agency + " does not review project " + projectNo));
        if (review.isDone()) {
            throw new IllegalStateException(agency + " has given its opinion on project " + projectNo);
        }
        review.removed();
        moveToJointReplyIfReady();
    }

    public GreenChannelReview review(String agency) {
        return reviews.stream().filter(r -> r.getAgency().equals(agency)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Project " + projectNo + " has no review by " + agency));
    }

    /** Starts or resumes an agency's clock today and closes its open pause with the new deadline. */
    public void startOrResumeClock(String agency, WorkingDayCalendar calendar, Instant now) {
        LocalDate today = WorkingDayCalendar.toLocalDate(now);
        GreenChannelReview review = review(agency);
        review.startOrResume(calendar, today);
        for (int i = 0; i < pauses.size(); i++) {
            GreenChannelPause pause = pauses.get(i);
            if (pause.isOpen() && pause.agency().equals(agency)) {
                pauses.set(i, pause.resumed(today, review.getDeadline()));
            }
        }
    }

    public void pauseClock(String agency, WorkingDayCalendar calendar, PauseReason reason, String note, Instant now) {
        GreenChannelReview review = review(agency);
        if (!review.isRunning()) {
            return;
        }
        LocalDate today = WorkingDayCalendar.toLocalDate(now);
        LocalDate deadline = review.getDeadline();
        int remaining = review.pause(calendar, today);
        pauses.add(new GreenChannelPause(agency, reason, note, now, today, remaining, deadline, null, null));
    }

    public void pauseRunningClocks(WorkingDayCalendar calendar, PauseReason reason, String note, Instant now) {
        for (GreenChannelReview review : List.copyOf(reviews)) {
            pauseClock(review.getAgency(), calendar, reason, note, now);
        }
    }

    public void correctionRequested(String agency, String request, Instant at) {
        correctionRequestedBy = agency;
        correctionRequest = request;
        correctionRequestedAt = at;
        correctionReply = null;
        status = ProjectStatus.CORRECTION_REQUESTED;
    }

    public void correctionAnswered(String reply) {
        correctionReply = reply;
        status = ProjectStatus.IN_REVIEW;
    }

    public void opinion(String agency, Outcome outcome, String basis, String conditions, ConditionSubject subject,
                 String comment, String decidedBy, Instant at) {
        review(agency).opinion(outcome, basis, conditions, subject, comment, decidedBy, at);
        moveToJointReplyIfReady();
    }

    private void moveToJointReplyIfReady() {
        if (status == ProjectStatus.IN_REVIEW && pendingAgencies().isEmpty() && openCommitment().isEmpty()) {
            status = ProjectStatus.JOINT_REPLY;
        }
    }

    /**
     * The lead agency's joint reply reports the agencies' decisions and closes the case. The result is not the
     * reply's to choose: it is what {@code green-channel-project-result} derived from the agencies' decisions. An
     * approval keeps every agency's conditions as obligations; a refusal leaves none.
     */
    /** The applicant withdrew it before any agency decided (taskops). */
    void withdrawn(Instant at) {
        status = ProjectStatus.WITHDRAWN;
        closedAt = at;
    }

    void replied(Outcome outcome, String basis, String comment, String by, Instant at) {
        result = outcome;
        resultBasis = basis;
        resultComment = comment;
        repliedBy = by;
        closedAt = at;
        status = switch (outcome) {
            case AGREE -> ProjectStatus.APPROVED;
            case AGREE_WITH_CONDITIONS -> ProjectStatus.APPROVED_WITH_CONDITIONS;
            default -> ProjectStatus.REFUSED;
        };
        if (outcome == Outcome.DISAGREE) {
            return;
        }
        for (GreenChannelReview review : reviews) {
            if (review.hasConditions()) {
                obligations.add(new GreenChannelObligation(review.getAgency(), review.getConditionSubject(), review.getConditions()));
            }
        }
    }

    public long refusingAgencies() {
        return reviews.stream().filter(r -> r.isDone() && r.getOutcome() == Outcome.DISAGREE).count();
    }

    public long conditioningAgencies() {
        return reviews.stream().filter(GreenChannelReview::hasConditions).count();
    }

    public void reminded(String agency, Instant at) {
        review(agency).reminded(at);
    }

    public void overdue(String agency, Instant at) {
        review(agency).overdue(at);
    }

    public Long getId() {
        return id;
    }

    public String getProjectNo() {
        return projectNo;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isSubmittedAtWindow() {
        return submittedAtWindow;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getInvestor() {
        return investor;
    }

    public String getParkName() {
        return parkName;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getInvestmentWan() {
        return investmentWan;
    }

    public Industry getIndustry() {
        return industry;
    }

    public boolean isForeignInvested() {
        return foreignInvested;
    }

    public ReformProcedure getReformProcedure() {
        return reformProcedure;
    }

    public EiaCategory getEiaCategory() {
        return eiaCategory;
    }

    public boolean isPlanningEiaConsistent() {
        return planningEiaConsistent;
    }

    public String getDocumentNames() {
        return documentNames;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public KeyProjectBasis getKeyProjectBasis() {
        return keyProjectBasis;
    }

    public String getKeyProjectDocNo() {
        return keyProjectDocNo;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getIneligibleReason() {
        return ineligibleReason;
    }

    public String getCorrectionRequestedBy() {
        return correctionRequestedBy;
    }

    public String getCorrectionRequest() {
        return correctionRequest;
    }

    public Instant getCorrectionRequestedAt() {
        return correctionRequestedAt;
    }

    public String getCorrectionReply() {
        return correctionReply;
    }

    public Outcome getResult() {
        return result;
    }

    public String getResultBasis() {
        return resultBasis;
    }

    public String getResultComment() {
        return resultComment;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<GreenChannelReview> getReviews() {
        return Collections.unmodifiableList(reviews);
    }

    public List<GreenChannelPause> getPauses() {
        return Collections.unmodifiableList(pauses);
    }

    public List<GreenChannelCommitment> getCommitments() {
        return Collections.unmodifiableList(commitments);
    }

    public List<GreenChannelObligation> getObligations() {
        return Collections.unmodifiableList(obligations);
    }
}
