package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjectRepository;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.ProjectData;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;

/**
 * First step of every project (一窗受理): validates the intake, finds the park, gives the case its number
 * (LSTD-yyyy-nnnn, also the business key) and stores the project. Afterwards the process carries only ids
 * and labels; the form fields are removed. Submitted by the ecology window or by the applicant online.
 */
@Component("registerGreenChannelProject")
class RegisterGreenChannelProject implements JavaDelegate {

    private final ParkRepository parks;
    private final GreenChannelProjectRepository projects;
    private final CaseNumbers caseNumbers;
    private final StatutoryClock clock;
    private final EngineAsSystem engine;

    RegisterGreenChannelProject(ParkRepository parks, GreenChannelProjectRepository projects, CaseNumbers caseNumbers,
                                StatutoryClock clock, EngineAsSystem engine) {
        this.parks = parks;
        this.projects = projects;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = CaseVariables.applicant(execution);
        if (applicant == null || applicant.isBlank()) {
            throw new InvalidInput("applicant：请登录后提交项目（申报单位账号或生态环境厅受理窗口账号）");
        }
        ProjectData data = IntakeForm.read(FormFields.ofStart(execution));
        Instant now = clock.now();
        Long parkId = parks.findByCityAndName(data.city(), data.parkName()).map(Park::getId).orElse(null);
        String projectNo = caseNumbers.next(GreenChannelProject.CASE_PREFIX, Year.from(now.atZone(AppClock.ZONE)));
        execution.setProcessBusinessKey(projectNo);
        GreenChannelProject project = projects.save(GreenChannelProject.submit(projectNo, parkId,
                execution.getProcessInstanceId(), applicant, engine.callerIsIn(Agency.ECOLOGY.groupId()), data, now));

        execution.removeVariables(IntakeForm.FIELDS);
        GreenChannelVariables.setProjectId(execution, project.getId());
        // No cityGroup: no city takes part in the green channel (its steps are the agencies' and the applicant's).
        execution.setVariable(CaseVariables.CASE_NO, projectNo);
        execution.setVariable(CaseVariables.CASE_TITLE, data.projectName());
        execution.setVariable(CaseVariables.CITY_NAME, City.byCode(data.city()).orElseThrow().chineseName());
    }
}
