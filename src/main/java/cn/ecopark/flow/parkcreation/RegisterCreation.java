package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

/**
 * First step of a creation application: validates the form, finds the park by its credit code (registering it on
 * its first filing), numbers the case (CJSQ-yyyy-nnnn, also the business key) and stores the application. The
 * process then carries only ids and labels.
 */
@Component("registerCreation")
class RegisterCreation implements JavaDelegate {

    static final String CASE_PREFIX = "CJSQ";
    static final ZoneId SHANGHAI = AppClock.ZONE;

    private final ParkRegistry registry;
    private final ParkCreationRepository creations;
    private final CaseNumbers caseNumbers;

    RegisterCreation(ParkRegistry registry, ParkCreationRepository creations, CaseNumbers caseNumbers) {
        this.registry = registry;
        this.creations = creations;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object applicant = execution.getVariable("applicant");
        if (applicant == null || applicant.toString().isBlank()) {
            throw new InvalidInput("applicant：请以申报园区账号登录后提交申请");
        }
        CreationData data = CreationData.read(FormFields.ofStart(execution));
        Instant now = AppClock.now();
        Park park = registry.forFiling(data.creditCode(), data.parkName(), data.city(), data.parkType(), data.areaKm2());
        String caseNo = caseNumbers.next(CASE_PREFIX, Year.from(now.atZone(SHANGHAI)));
        execution.setProcessBusinessKey(caseNo);
        ParkCreation creation = creations.save(ParkCreation.submit(caseNo, park.getId(), execution.getProcessInstanceId(),
                applicant.toString(), data, now));

        execution.removeVariables(CreationData.FIELDS);
        City city = City.byCode(data.city()).orElseThrow();
        execution.setVariable("creationId", creation.getId());
        execution.setVariable("parkId", park.getId());
        execution.setVariable("caseNo", caseNo);
        execution.setVariable("caseTitle", data.parkName());
        execution.setVariable("cityName", city.chineseName());
    }
}
