package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRegistry;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

/**
 * First step of every application: validates the submitted form, finds the park by its credit code (registering
 * it on its first application), gives the case its number (STGY-yyyy-nnnn, also the business key) and stores the
 * application. Afterwards the process carries only ids and labels; the form fields are removed.
 */
@Component("registerApplication")
class RegisterApplication implements JavaDelegate {

    static final String CASE_PREFIX = "STGY";
    static final ZoneId SHANGHAI = AppClock.ZONE;

    private final ParkRegistry registry;
    private final ParkApplicationRepository applications;
    private final CaseNumbers caseNumbers;
    private final cn.ecopark.flow.indexsystem.IndexCatalogues catalogues;

    RegisterApplication(ParkRegistry registry, ParkApplicationRepository applications, CaseNumbers caseNumbers,
                        cn.ecopark.flow.indexsystem.IndexCatalogues catalogues) {
        this.catalogues = catalogues;
        this.registry = registry;
        this.applications = applications;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object applicant = execution.getVariable("applicant");
        if (applicant == null || applicant.toString().isBlank()) {
            throw new InvalidInput("applicant：请以申报园区账号登录后提交申请");
        }
        ApplicationData data = ApplicationForm.read(FormFields.ofStart(execution));
        Instant now = AppClock.now();

        Park park = registry.forFiling(data.creditCode(), data.parkName(), data.city(), data.parkType(), data.areaKm2());
        String applicationNo = caseNumbers.next(CASE_PREFIX, Year.from(now.atZone(SHANGHAI)));
        execution.setProcessBusinessKey(applicationNo);
        ParkApplication filed = ParkApplication.submit(applicationNo, park.getId(),
                execution.getProcessInstanceId(), applicant.toString(), data, now);
        filed.indexValues(IndexData.json(IndexData.read(FormFields.ofStart(execution), catalogues.current(), data.indicators())));
        ParkApplication application = applications.save(filed);

        execution.removeVariables(ApplicationForm.FIELDS);
        execution.removeVariables(IndexData.fieldNames(catalogues.current()));
        City city = City.byCode(data.city()).orElseThrow();
        execution.setVariable("applicationId", application.getId());
        execution.setVariable("parkId", park.getId());
        execution.setVariable("caseNo", applicationNo);
        execution.setVariable("caseTitle", data.parkName());
        execution.setVariable("cityName", city.chineseName());
        execution.setVariable("cityGroup", city.groupId());
    }
}
