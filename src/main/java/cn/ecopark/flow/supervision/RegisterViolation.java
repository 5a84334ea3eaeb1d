package cn.ecopark.flow.supervision;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * First step of a violation case: validates ecology's report, gives the case its number (WFCL-yyyy-nnnn, also the
 * business key) and stores it with the park's status at the time. Afterwards the process carries only ids.
 */
@Component("registerViolation")
class RegisterViolation implements JavaDelegate {

    private final ParkRepository parks;
    private final ViolationRepository violations;
    private final CaseNumbers caseNumbers;
    private final ParkContacts contacts;

    RegisterViolation(ParkRepository parks, ViolationRepository violations, CaseNumbers caseNumbers, ParkContacts contacts) {
        this.parks = parks;
        this.violations = violations;
        this.caseNumbers = caseNumbers;
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object parkId = execution.getVariable("parkId");
        Park park = (parkId instanceof Number id ? parks.findById(id.longValue()) : java.util.Optional.<Park>empty())
                .orElseThrow(() -> new InvalidInput("parkId：没有编号为 " + parkId + " 的园区"));
        ViolationReport report = ViolationReport.read(execution::getVariable, Supervision.today());
        Object reportedBy = execution.getVariable("reportedBy");
        Instant now = Supervision.now();

        String caseNo = caseNumbers.next(Supervision.VIOLATION_PREFIX, Year.from(now.atZone(Supervision.SHANGHAI)));
        execution.setProcessBusinessKey(caseNo);
        Violation violation = violations.save(Violation.reported(caseNo, park.getId(), execution.getProcessInstanceId(),
                report, park.getStatus(), reportedBy == null ? "system" : reportedBy.toString(), now));

        List<String> fields = new ArrayList<>(ViolationReport.FIELDS);
        fields.add("reportedBy");
        execution.removeVariables(fields);
        City city = City.byCode(park.getCity()).orElseThrow();
        execution.setVariable("violationId", violation.getId());
        execution.setVariable("parkId", park.getId());
        execution.setVariable("caseNo", caseNo);
        execution.setVariable("caseTitle", "%s（%s）".formatted(park.getName(), report.kind().chineseName()));
        execution.setVariable("cityName", city.chineseName());
        execution.setVariable("cityGroup", city.groupId());
        // The park answers the notice (陈述申辩) from the account that applied for it, else its city files for it.
        execution.setVariable("parkContact", contacts.of(park.getId()).orElse(null));
    }
}
