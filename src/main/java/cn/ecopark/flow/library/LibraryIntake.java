package cn.ecopark.flow.library;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One case of a project entering one library (a WRFZ or LSJR number): what was asked for, the entry check,
 * the priority and preferences, where it stands. A refused project may apply again: a new intake.
 */
public class LibraryIntake {

    private Library library;
    private String caseNo;
    private String processInstanceId;
    private String applicant;
    private IntakeStatus status;
    private BigDecimal requestedAmount;
    private Integer loanTermMonths;
    private Boolean mature;
    private Priority suggestedPriority;
    private String entryNote;
    private Priority priority;
    private Boolean priorityReview;
    private Boolean priorityDisbursement;
    private Boolean preferentialRate;
    private Boolean termExtension;
    private String preferenceNote;
    private String refusalReason;
    private Instant submittedAt;
    private Instant admittedAt;
    private Instant closedAt;

    protected LibraryIntake() {
    }

    static LibraryIntake open(Library library, String caseNo, String processInstanceId, String applicant,
                              ProjectForm.FinancingRequest request, Instant at) {
        LibraryIntake intake = new LibraryIntake();
        intake.library = library;
        intake.caseNo = caseNo;
        intake.processInstanceId = processInstanceId;
        intake.applicant = applicant;
        intake.requestedAmount = request.amount();
        intake.loanTermMonths = request.loanTermMonths();
        intake.status = IntakeStatus.UNDER_REVIEW;
        intake.submittedAt = at;
        return intake;
    }

    public void entryChecked(boolean eligible, boolean isMature, Priority suggested, String note) {
        mature = eligible && isMature;
        suggestedPriority = suggested;
        entryNote = note;
    }

    void prioritised(Priority confirmed) {
        priority = confirmed;
    }

    void admitted(IntakeStatus admittedAs, Instant at) {
        if (!admittedAs.admitted()) {
            throw new IllegalArgumentException(admittedAs + " is not an admission");
        }
        status = admittedAs;
        admittedAt = at;
    }

    void preferencesDecided(Preferences preferences) {
        priority = preferences.priority();
        priorityReview = preferences.priorityReview();
        priorityDisbursement = preferences.priorityDisbursement();
        preferentialRate = preferences.preferentialRate();
        termExtension = preferences.termExtension();
        preferenceNote = preferences.note();
    }

    void followUpConcluded(IntakeStatus outcome, Instant at) {
        status = outcome;
        closedAt = at;
    }

    void refused(String reason, Instant at) {
        status = IntakeStatus.REFUSED;
        refusalReason = reason;
        closedAt = at;
    }

    /** Under review or in the library: the project may not apply to the same library again meanwhile. */
    boolean holdsPlace() {
        return status != IntakeStatus.REFUSED;
    }

    public Preferences preferences() {
        if (priorityReview == null) {
            return null;
        }
        return new Preferences(priority, priorityReview, priorityDisbursement, preferentialRate, termExtension, preferenceNote);
    }

    public Library getLibrary() {
        return library;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getApplicant() {
        return applicant;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public Integer getLoanTermMonths() {
        return loanTermMonths;
    }

    public boolean isMature() {
        return Boolean.TRUE.equals(mature);
    }

    public Priority getSuggestedPriority() {
        return suggestedPriority;
    }

    public String getEntryNote() {
        return entryNote;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAdmittedAt() {
        return admittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
