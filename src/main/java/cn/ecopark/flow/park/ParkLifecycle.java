package cn.ecopark.flow.park;

import cn.ecopark.flow.engine.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The one door through which a park changes: every change loads the park, asks the aggregate, saves it and
 * publishes the park's event, so other modules never call {@link Park}'s mutators (they are package-private) and
 * learn of a change by listening (as supervision does to {@link ParkNamed}). Callers pass who and when: the
 * change runs in their transaction (a delegate's, a task listener's) and takes their clock.
 */
@Service
public class ParkLifecycle {

    private final ParkRepository parks;
    private final ApplicationEventPublisher events;

    ParkLifecycle(ParkRepository parks, ApplicationEventPublisher events) {
        this.parks = parks;
        this.events = events;
    }

    /** A new park filed under its credit code (see {@link ParkRegistry#forFiling}). */
    Park register(String creditCode, String name, String city, ParkType parkType, BigDecimal areaKm2) {
        Park park = parks.save(Park.register(creditCode, name, city, parkType, areaKm2));
        events.publishEvent(new ParkRegistered(park.getId(), park.getCreditCode(), park.getName(), park.getCity()));
        return park;
    }

    /** Ecology records a park approved to build or named before the system went live (the registry's form). */
    Park registerKnown(ParkRegistration r, Instant at, String by) {
        Park park = Park.register(r.creditCode(), r.parkName(), r.city(), r.parkType(), r.areaKm2());
        park.describe(r.catalogueCode(), r.parkLevel(), r.boundaries(), r.leadingIndustries());
        park.recordEarlierDecisions(r.approvedOn(), r.approvalDocumentNo(), r.namedOn(), r.namingDocumentNo(), at, by);
        park = parks.save(park);
        events.publishEvent(new ParkRegistered(park.getId(), park.getCreditCode(), park.getName(), park.getCity()));
        return park;
    }

    /** Records the code of a park known by name only, unless another park already holds it (400 naming the field). */
    public Park identify(Long parkId, String creditCode) {
        Park park = load(parkId);
        if (creditCode.equals(park.getCreditCode())) {
            return park;
        }
        parks.findByCreditCode(creditCode).ifPresent(other -> {
            throw new InvalidInput("creditCode：统一社会信用代码 " + creditCode + " 已登记为园区“" + other.getName() + "”");
        });
        park.identify(creditCode);
        park = parks.save(park);
        events.publishEvent(new ParkIdentified(park.getId(), creditCode));
        return park;
    }

    /** The applicant's 补正 of the park's type and planned area. */
    public Park correctProfile(Long parkId, ParkType parkType, BigDecimal areaKm2, String caseNo) {
        return change(parkId, park -> park.updateProfile(parkType, areaKm2),
                new ParkProfileCorrected(parkId, caseNo));
    }

    /** A new name from {@code from} on (nothing happens when the park already bears it). */
    public Park rename(Long parkId, String newName, LocalDate from, Instant at, String by, String caseNo, String reason) {
        Park park = load(parkId);
        String former = park.getName();
        if (former.equals(newName)) {
            return park;
        }
        park.rename(newName, from, at, by, caseNo, reason);
        park = parks.save(park);
        events.publishEvent(new ParkRenamed(park.getId(), former, newName, from, caseNo));
        return park;
    }

    /**
     * An accepted application: the park takes the name it was filed under (only an accepted application renames
     * the park, a refused one must not change the registry) and starts applying.
     */
    public Park startApplying(Long parkId, String filedName, LocalDate on, Instant at, String by, String caseNo) {
        rename(parkId, filedName, on, at, by, caseNo, "以新名称申报（统一社会信用代码不变）");
        return change(parkId, park -> park.startApplying(at, by, caseNo),
                new ParkApplying(parkId, caseNo));
    }

    /** An application that ended without naming or approval (refused, withdrawn): the park returns to where it stood. */
    public Park closeApplication(Long parkId, Instant at, String by, String caseNo, String reason) {
        return change(parkId, park -> park.applicationClosed(at, by, caseNo, reason),
                new ParkApplicationClosed(parkId, caseNo, reason));
    }

    /** 批准建设 from {@code on}, with the approval's 文号. */
    public Park approveToBuild(Long parkId, LocalDate on, String documentNo, Instant at, String by, String caseNo) {
        return change(parkId, park -> park.approveToBuild(on, documentNo, at, by, caseNo),
                new ParkApprovedToBuild(parkId, on, documentNo, caseNo));
    }

    /** 命名 on {@code on}; {@code contact} is the account that applied and answers for the park afterwards. */
    public Park name(Long parkId, LocalDate on, Instant at, String by, String caseNo, String contact) {
        return change(parkId, park -> park.name(on, at, by, caseNo),
                new ParkNamed(parkId, on, caseNo, contact));
    }

    /** Measures 16 and 17: the named park loses its title. */
    public Park revoke(Long parkId, LocalDate on, Instant at, String by, String caseNo, String reason) {
        return change(parkId, park -> park.revoke(on, at, by, caseNo, reason),
                new ParkRevoked(parkId, on, caseNo, reason));
    }

    /** Measure 17: the park approved to build is struck off; the eligibility table keeps it out for three years. */
    public Park strikeOff(Long parkId, LocalDate on, Instant at, String by, String caseNo, String reason) {
        return change(parkId, park -> park.strikeOff(on, at, by, caseNo, reason),
                new ParkStruckOff(parkId, on, caseNo, reason));
    }

    /** Loads the park, applies the change, saves it and publishes the event the change makes. */
    private Park change(Long parkId, Consumer<Park> change, Object event) {
        Park park = load(parkId);
        change.accept(park);
        park = parks.save(park);
        events.publishEvent(event);
        return park;
    }

    private Park load(Long parkId) {
        return parks.findById(parkId).orElseThrow(() -> new IllegalStateException("No park " + parkId));
    }
}
