package cn.ecopark.flow.park;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An industrial park and its standing under the programme. Its identity is the management committee's
 * 统一社会信用代码 ({@link CreditCode}), not its name: a rename is a new line in {@link #getNames()} and the
 * three-year ban, the subsidy cap, the re-inspections and the dossier stay with the park. Parks known before
 * V24 may still lack the code until ecology records it. Every status change goes through {@link #changeStatus}
 * so the history is complete, each with the date it took effect (and the 文号 when there is one). Its changes are
 * package-private: other modules change a park only through {@link ParkLifecycle}, which saves it and publishes
 * the park's event.
 */
public class Park {

    @Id
    private Long id;
    private String creditCode;
    private String catalogueCode;
    private String name;
    private String city;
    private ParkType parkType;
    private BigDecimal areaKm2;
    private ParkLevel parkLevel;
    private String boundaries;
    private String leadingIndustries;
    private ParkStatus status;
    private LocalDate approvedOn;
    private LocalDate namedOn;
    private LocalDate revokedOn;
    private LocalDate struckOffOn;
    @Version
    private Integer version;
    private List<ParkStatusChange> history = new ArrayList<>();
    private List<ParkName> names = new ArrayList<>();

    protected Park() {
    }

    /** A park known by name only (as before V24); {@link #identify} records its credit code later. */
    static Park register(String name, String city, ParkType parkType, BigDecimal areaKm2) {
        Park park = new Park();
        park.name = name;
        park.names.add(new ParkName(name, null, null, null, null, "登记名称"));
        park.city = city;
        park.parkType = parkType;
        park.areaKm2 = areaKm2;
        park.status = ParkStatus.NONE;
        return park;
    }

    /** A park registered under its credit code (validated by the caller with {@link CreditCode#problem}). */
    static Park register(String creditCode, String name, String city, ParkType parkType, BigDecimal areaKm2) {
        Park park = register(name, city, parkType, areaKm2);
        park.creditCode = creditCode;
        return park;
    }

    /** Records the credit code of a park registered before codes were kept; a park's code never changes. */
    void identify(String creditCode) {
        if (this.creditCode != null && !this.creditCode.equals(creditCode)) {
            throw new IllegalStateException("Park " + id + " already has credit code " + this.creditCode);
        }
        this.creditCode = creditCode;
    }

    /** The registry's profile: catalogue code, level, 四至范围 and leading industries (null leaves a value as it is). */
    void describe(String catalogueCode, ParkLevel parkLevel, String boundaries, String leadingIndustries) {
        if (catalogueCode != null) {
            this.catalogueCode = catalogueCode;
        }
        if (parkLevel != null) {
            this.parkLevel = parkLevel;
        }
        if (boundaries != null) {
            this.boundaries = boundaries;
        }
        if (leadingIndustries != null) {
            this.leadingIndustries = leadingIndustries;
        }
    }

    /** A new name from {@code from} on; the park, its history and its ban stay what they were. */
    void rename(String newName, LocalDate from, Instant at, String by, String caseNo, String reason) {
        if (newName.equals(name)) {
            return;
        }
        names.add(new ParkName(newName, from, at, by, caseNo, reason));
        name = newName;
    }

    /** The name the park bore on {@code day} (the first known name for days before any rename). */
    public String nameOn(LocalDate day) {
        String result = names.isEmpty() ? name : names.get(0).name();
        for (ParkName entry : names) {
            if (entry.validFrom() == null || !entry.validFrom().isAfter(day)) {
                result = entry.name();
            }
        }
        return result;
    }

    /**
     * Ecology registers a park approved to build or named before the system went live, with the dates and 文号 of
     * those decisions, so the targets and the supervision count it from those dates.
     */
    void recordEarlierDecisions(LocalDate approvedOn, String approvalDocumentNo, LocalDate namedOn,
                                       String namingDocumentNo, Instant at, String by) {
        if (approvedOn != null) {
            this.approvedOn = approvedOn;
            changeStatus(ParkStatus.APPROVED_TO_BUILD, approvedOn, approvalDocumentNo, at, by, null, "系统上线前批准建设（补录）");
        }
        if (namedOn != null) {
            this.namedOn = namedOn;
            changeStatus(ParkStatus.NAMED, namedOn, namingDocumentNo, at, by, null, "系统上线前已命名（补录）");
        }
    }

    void startApplying(Instant at, String by, String caseNo) {
        changeStatus(ParkStatus.APPLYING, null, null, at, by, caseNo, "提交创建申报");
    }

    /** An application that ended without naming returns the park to where it stood before. */
    void applicationClosed(Instant at, String by, String caseNo, String reason) {
        if (status == ParkStatus.APPLYING) {
            changeStatus(approvedOn != null && (struckOffOn == null || approvedOn.isAfter(struckOffOn)) ? ParkStatus.APPROVED_TO_BUILD : ParkStatus.NONE,
                    null, null, at, by, caseNo, reason);
        }
    }

    void name(LocalDate on, Instant at, String by, String caseNo) {
        namedOn = on;
        changeStatus(ParkStatus.NAMED, on, null, at, by, caseNo, "公示期满，予以命名");
    }

    /** The province approved the park to build (批准建设), the stage before naming. */
    void approveToBuild(LocalDate on, Instant at, String by, String caseNo) {
        approveToBuild(on, null, at, by, caseNo);
    }

    /** 批准建设 with the approval's 文号. */
    void approveToBuild(LocalDate on, String documentNo, Instant at, String by, String caseNo) {
        approvedOn = on;
        changeStatus(ParkStatus.APPROVED_TO_BUILD, on, documentNo, at, by, caseNo, "批准建设");
    }

    /** Measures 16 and 17: a named park loses its title (failed re-inspection, serious violation). */
    void revoke(LocalDate on, Instant at, String by, String caseNo, String reason) {
        revokedOn = on;
        changeStatus(ParkStatus.REVOKED, on, null, at, by, caseNo, reason);
    }

    /**
     * Measure 17: a park still under construction that commits a serious violation is struck off the
     * approved-to-build list; it may apply again three years later (the eligibility table reads the date).
     */
    void strikeOff(LocalDate on, Instant at, String by, String caseNo, String reason) {
        struckOffOn = on;
        changeStatus(ParkStatus.STRUCK_OFF, on, null, at, by, caseNo, reason);
    }

    void updateProfile(ParkType parkType, BigDecimal areaKm2) {
        this.parkType = parkType;
        this.areaKm2 = areaKm2;
    }

    private void changeStatus(ParkStatus to, LocalDate effectiveOn, String documentNo, Instant at, String by,
                              String caseNo, String reason) {
        history.add(new ParkStatusChange(status, to, at, by, caseNo, reason, effectiveOn, documentNo));
        status = to;
    }

    /**
     * Where the park stood at the end of {@code day}, read from the history (what the targets of measure 5 count
     * as of their dates). A change counts from the day it took effect.
     */
    public ParkStatus statusOn(LocalDate day) {
        ParkStatus result = ParkStatus.NONE;
        LocalDate latest = null;
        for (ParkStatusChange change : history) {
            LocalDate effective = change.effectiveDate();
            if (effective != null && !effective.isAfter(day) && (latest == null || !effective.isBefore(latest))) {
                result = change.toStatus();
                latest = effective;
            }
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getCatalogueCode() {
        return catalogueCode;
    }

    public ParkLevel getParkLevel() {
        return parkLevel;
    }

    public String getBoundaries() {
        return boundaries;
    }

    public String getLeadingIndustries() {
        return leadingIndustries;
    }

    public List<ParkName> getNames() {
        return Collections.unmodifiableList(names);
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

    public ParkStatus getStatus() {
        return status;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getNamedOn() {
        return namedOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public LocalDate getStruckOffOn() {
        return struckOffOn;
    }

    public List<ParkStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
