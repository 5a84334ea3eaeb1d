package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.ParkRegistry;
import cn.ecopark.flow.park.ParkType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;

/**
 * What the first step of both park workflows shares (创建申请 in parkcreation, 创建申报 here): the logged-in applicant,
 * the park found by its credit code (registered on its first filing), the case's number (also its business key), and
 * the case's identity once the application is stored.
 */
@Component
public class ParkFilings {

    /** What a park files about itself in either application: enough to find it, or to register it the first time. */
    public interface Particulars {
        String creditCode();

        String parkName();

        String city();

        ParkType parkType();

        BigDecimal areaKm2();
    }

    /** A filing under way: the park's id, the case's number, the name and city filed under, and when. */
    public record Filing(long parkId, String caseNo, String parkName, City city, Instant at) {

        /** Writes what every case carries: its number, its title (the name filed under), its city and city group. */
        public void identify(VariableScope scope) {
            CaseVariables.identify(scope, caseNo, parkName, city.chineseName(), city.groupId());
        }
    }

    private final ParkRegistry registry;
    private final CaseNumbers caseNumbers;

    ParkFilings(ParkRegistry registry, CaseNumbers caseNumbers) {
        this.registry = registry;
        this.caseNumbers = caseNumbers;
    }

    /** The applicant the start event recorded; a case started without a login is refused before its form is read. */
    public static String applicant(VariableScope execution) {
        String applicant = CaseVariables.applicant(execution);
        if (applicant == null || applicant.isBlank()) {
            throw new InvalidInput("applicant：请以申报园区账号登录后提交申请");
        }
        return applicant;
    }

    /** Finds (or registers) the park and numbers the case: {@code PREFIX-yyyy-nnnn}, also the business key. */
    public Filing open(DelegateExecution execution, String casePrefix, Particulars park) {
        Instant now = AppClock.now();
        long parkId = registry.forFiling(park.creditCode(), park.parkName(), park.city(), park.parkType(), park.areaKm2()).getId();
        String caseNo = caseNumbers.next(casePrefix, Year.from(now.atZone(AppClock.ZONE)));
        execution.setProcessBusinessKey(caseNo);
        return new Filing(parkId, caseNo, park.parkName(), City.byCode(park.city()).orElseThrow(), now);
    }
}
