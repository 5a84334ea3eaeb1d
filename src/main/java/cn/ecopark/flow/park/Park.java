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
 * An industrial park and its standing under the programme. Every status change goes through
 * {@link #changeStatus} so the history is complete.
 */
public class Park {

    @Id
    private Long id;
    private String name;
    private String city;
    private ParkType parkType;
    private BigDecimal areaKm2;
    private ParkStatus status;
    private LocalDate approvedOn;
    private LocalDate namedOn;
    private LocalDate revokedOn;
    private LocalDate struckOffOn;
    @Version
    private Integer version;
    private List<ParkStatusChange> history = new ArrayList<>();

    protected Park() {
    }

    public static Park register(String name, String city, ParkType parkType, BigDecimal areaKm2) {
        Park park = new Park();
        park.name = name;
        park.city = city;
        park.parkType = parkType;
        park.areaKm2 = areaKm2;
        park.status = ParkStatus.NONE;
        return park;
    }

    public void startApplying(Instant at, String by, String caseNo) {
        changeStatus(ParkStatus.APPLYING, at, by, caseNo, "提交创建申报");
    }

    /** An application that ended without naming returns the park to where it stood before. */
    public void applicationClosed(Instant at, String by, String caseNo, String reason) {
        if (status == ParkStatus.APPLYING) {
            changeStatus(approvedOn != null ? ParkStatus.APPROVED_TO_BUILD : ParkStatus.NONE, at, by, caseNo, reason);
        }
    }

    public void name(LocalDate on, Instant at, String by, String caseNo) {
        namedOn = on;
        changeStatus(ParkStatus.NAMED, at, by, caseNo, "公示期满，予以命名");
    }

    /** The province approved the park to build (批准建设), the stage before naming. */
    public void approveToBuild(LocalDate on, Instant at, String by, String caseNo) {
        approvedOn = on;
        changeStatus(ParkStatus.APPROVED_TO_BUILD, at, by, caseNo, "批准建设");
    }

    /** Measures 16 and 17: a named park loses its title (failed re-inspection, serious violation). */
    public void revoke(LocalDate on, Instant at, String by, String caseNo, String reason) {
        revokedOn = on;
        changeStatus(ParkStatus.REVOKED, at, by, caseNo, reason);
    }

    /**
     * Measure 17: a park still under construction that commits a serious violation is struck off the
     * approved-to-build list; it may apply again three years later (the eligibility table reads the date).
     */
    public void strikeOff(LocalDate on, Instant at, String by, String caseNo, String reason) {
        struckOffOn = on;
        changeStatus(ParkStatus.STRUCK_OFF, at, by, caseNo, reason);
    }

    public void updateProfile(ParkType parkType, BigDecimal areaKm2) {
        this.parkType = parkType;
        this.areaKm2 = areaKm2;
    }

    private void changeStatus(ParkStatus to, Instant at, String by, String caseNo, String reason) {
        history.add(new ParkStatusChange(status, to, at, by, caseNo, reason));
        status = to;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
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
