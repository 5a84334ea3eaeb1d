package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.supervision.contact.ParkContacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Long parkId = SupervisionVariables.parkId(execution);
        Park park = (parkId == null ? Optional.<Park>empty() : parks.findById(parkId))
                .orElseThrow(() -> new InvalidInput(SupervisionVariables.PARK_ID + "：没有编号为 " + parkId + " 的园区"));
        ViolationReport report = ViolationReport.read(execution::getVariable, AppClock.today());
        String reportedBy = SupervisionVariables.reportedBy(execution);
        Instant now = AppClock.now();

        String caseNo = caseNumbers.next(Supervision.VIOLATION_PREFIX, Year.from(now.atZone(AppClock.ZONE)));
        execution.setProcessBusinessKey(caseNo);
        Violation violation = violations.save(Violation.reported(caseNo, park.getId(), execution.getProcessInstanceId(),
                report, park.getStatus(), reportedBy == null ? "system" : reportedBy, now));

        List<String> fields = new ArrayList<>(SupervisionVariables.REPORT_FIELDS);
        fields.add(SupervisionVariables.REPORTED_BY);
        execution.removeVariables(fields);
        City city = City.byCode(park.getCity()).orElseThrow();
        execution.setVariable(SupervisionVariables.VIOLATION_ID, violation.getId());
        execution.setVariable(SupervisionVariables.PARK_ID, park.getId());
        CaseVariables.identify(execution, caseNo, "%s（%s）".formatted(park.getName(), report.kind().chineseName()),
                city.chineseName(), city.groupId());
        // The park answers the notice (陈述申辩) from the account that applied for it, else its city files for it.
        execution.setVariable(SupervisionVariables.PARK_CONTACT, contacts.of(park.getId()).orElse(null));
    }
}
