package cn.ecopark.flow.library;

import cn.ecopark.flow.approval.Outcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A park's pollution-control project: ONE record whichever libraries it goes through. It holds what the
 * park declared, each intake (one per case, per library), the funds finance arranged in tranches, what each
 * bank did, and which agency opinions may be shown to finsup and the banks.
 */
public class LibraryProject {

    @Id
    private Long id;
    private Long parkId;
    private String city;
    private String parkName;
    private String projectName;
    private ProjectType projectType;
    private BigDecimal totalInvestment;
    private Readiness readiness;
    private BigDecimal codReduction;
    private BigDecimal ammoniaReduction;
    private BigDecimal noxReduction;
    private BigDecimal vocsReduction;
    private String description;
    private String contactName;
    private String contactPhone;
    private String declaredBy;
    @Version
    private Integer version;
    private List<LibraryIntake> intakes = new ArrayList<>();
    private List<FundingTranche> tranches = new ArrayList<>();
    private List<BankAction> bankActions = new ArrayList<>();
    private List<OpinionShare> opinionShares = new ArrayList<>();

    protected LibraryProject() {
    }

    public static LibraryProject declare(ProjectData data, Long parkId, String applicant) {
        LibraryProject project = new LibraryProject();
        project.city = data.city();
        project.parkName = data.parkName();
        project.projectName = data.projectName();
        project.redeclare(data, parkId, applicant);
        return project;
    }

    /** The latest declaration is the project's data in every library; park, city and name identify it. */
    public void redeclare(ProjectData data, Long knownParkId, String applicant) {
        parkId = knownParkId;
        projectType = data.projectType();
        totalInvestment = data.totalInvestment();
        readiness = data.readiness();
        codReduction = data.codReduction();
        ammoniaReduction = data.ammoniaReduction();
        noxReduction = data.noxReduction();
        vocsReduction = data.vocsReduction();
        description = data.description();
        contactName = data.contactName();
        contactPhone = data.contactPhone();
        declaredBy = applicant;
    }

    public ProjectData data() {
        return new ProjectData(projectName, city, parkName, projectType, totalInvestment, readiness, codReduction,
                ammoniaReduction, noxReduction, vocsReduction, description, contactName, contactPhone);
    }

    /** The intake under review in this library or admitted to it; there is at most one. */
    public Optional<LibraryIntake> placeIn(Library library) {
        return intakes.stream().filter(i -> i.getLibrary() == library && i.holdsPlace()).findFirst();
    }

    public boolean holdsPlaceIn(Library library) {
        return placeIn(library).isPresent();
    }

    public LibraryIntake openIntake(Library library, String caseNo, String processInstanceId, String applicant,
                             ProjectForm.FinancingRequest request, Instant at) {
        if (holdsPlaceIn(library)) {
            throw new IllegalStateException(projectName + " already holds a place in " + library);
        }
        LibraryIntake intake = LibraryIntake.open(library, caseNo, processInstanceId, applicant, request, at);
        intakes.add(intake);
        return intake;
    }

    public LibraryIntake intake(String caseNo) {
        return intakes.stream().filter(i -> i.getCaseNo().equals(caseNo)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Project " + id + " has no intake " + caseNo));
    }

    public Optional<LibraryIntake> admittedIntake(Library library) {
        return intakes.stream().filter(i -> i.getLibrary() == library && i.getStatus().admitted()).findFirst();
    }

    /** Finance's decision on a mature project: its priority and, when funded, the tranches. */
    public void fundingDecided(String caseNo, Priority priority, List<FundingTranche> arranged) {
        intake(caseNo).prioritised(priority);
        tranches.removeIf(t -> t.caseNo().equals(caseNo));
        tranches.addAll(arranged);
    }

    /** Enters the pollution-prevention library: reserve when not yet mature, else by what finance arranged. */
    public void admitToPollutionLibrary(String caseNo, Instant at) {
        LibraryIntake intake = intake(caseNo);
        IntakeStatus admittedAs;
        if (!intake.isMature()) {
            intake.prioritised(Priority.RESERVE);
            admittedAs = IntakeStatus.ADMITTED_RESERVE;
        } else if (tranchesOf(caseNo).isEmpty()) {
            admittedAs = IntakeStatus.ADMITTED_UNFUNDED;
        } else {
            admittedAs = fundedAmount(caseNo).compareTo(intake.getRequestedAmount()) >= 0
                    ? IntakeStatus.ADMITTED_FUNDED : IntakeStatus.ADMITTED_PARTIALLY_FUNDED;
        }
        intake.admitted(admittedAs, at);
    }

    public void admitToGreenFinance(String caseNo, Preferences preferences, Instant at) {
        LibraryIntake intake = intake(caseNo);
        intake.preferencesDecided(preferences);
        intake.admitted(IntakeStatus.ADMITTED_FOLLOW_UP, at);
    }

    public void bankActed(BankAction action) {
        bankActions.removeIf(a -> a.caseNo().equals(action.caseNo()) && a.bank().equals(action.bank()));
        bankActions.add(action);
    }

    /**
     * All banks have answered: financed when CDB lends what was asked, partly when some support came (a smaller
     * loan, or re-lending and supervisory support without CDB's loan), not financed when every bank declined.
     */
    public void concludeFollowUp(String caseNo, Instant at) {
        LibraryIntake intake = intake(caseNo);
        boolean anySupport = bankActionsOf(caseNo).stream().anyMatch(a -> a.outcome() != Outcome.DECLINE);
        IntakeStatus outcome;
        if (!anySupport) {
            outcome = IntakeStatus.ADMITTED_NOT_FINANCED;
        } else if (loanApproved(caseNo).compareTo(intake.getRequestedAmount()) >= 0) {
            outcome = IntakeStatus.ADMITTED_FINANCED;
        } else {
            outcome = IntakeStatus.ADMITTED_PARTIALLY_FINANCED;
        }
        intake.followUpConcluded(outcome, at);
    }

    public void refuse(String caseNo, String reason, Instant at) {
        intake(caseNo).refused(reason, at);
    }

    public void keepSharing(String taskId, boolean shareWithBanks) {
        opinionShares.removeIf(s -> s.taskId().equals(taskId));
        opinionShares.add(new OpinionShare(taskId, shareWithBanks));
    }

    public boolean sharedWithBanks(String taskId) {
        return opinionShares.stream().anyMatch(s -> s.taskId().equals(taskId) && s.shareWithBanks());
    }

    public List<FundingTranche> tranchesOf(String caseNo) {
        return tranches.stream().filter(t -> t.caseNo().equals(caseNo)).toList();
    }

    public BigDecimal fundedAmount(String caseNo) {
        return tranchesOf(caseNo).stream().map(FundingTranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<BankAction> bankActionsOf(String caseNo) {
        return bankActions.stream().filter(a -> a.caseNo().equals(caseNo)).toList();
    }

    /** The loans approved for the case (CDB's own loan decision), in 万元. */
    public BigDecimal loanApproved(String caseNo) {
        return bankActionsOf(caseNo).stream().filter(a -> a.outcome() == Outcome.LOAN_APPROVED)
                .map(BankAction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getCity() {
        return city;
    }

    public String getParkName() {
        return parkName;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public List<LibraryIntake> getIntakes() {
        return Collections.unmodifiableList(intakes);
    }
}
