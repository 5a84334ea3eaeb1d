package cn.ecopark.flow.library.process;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjectRepository;
import cn.ecopark.flow.library.LibraryVariables;
import cn.ecopark.flow.library.ProjectData;
import cn.ecopark.flow.library.ProjectForm;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Year;

/**
 * First step of both intakes: validates the park's submission, finds the project record (park, city and
 * project name identify it, so a project already known from the other library is the same record) or
 * creates it, opens this case's intake with its number (WRFZ-/LSJR-yyyy-nnnn, also the business key). A
 * project already under review or admitted in this library is refused here, before anything is written.
 */
@Component("registerLibraryProject")
class RegisterLibraryProject implements JavaDelegate {

    private final LibraryProjectRepository projects;
    private final ParkRepository parks;
    private final CaseNumbers caseNumbers;

    RegisterLibraryProject(LibraryProjectRepository projects, ParkRepository parks, CaseNumbers caseNumbers) {
        this.projects = projects;
        this.parks = parks;
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = CaseVariables.applicant(execution);
        if (applicant == null || applicant.isBlank()) {
            throw new InvalidInput("applicant：请以申报园区账号登录后提交");
        }
        Library library = libraryOf(execution);
        FormFields fields = FormFields.ofStart(execution);
        ProjectData data = ProjectForm.read(fields);
        ProjectForm.FinancingRequest request = ProjectForm.request(library, fields, data.totalInvestment());
        Instant now = AppClock.now();

        Long parkId = parks.findByCityAndName(data.city(), data.parkName()).map(Park::getId).orElse(null);
        LibraryProject project = projects.findByCityAndParkNameAndProjectName(data.city(), data.parkName(), data.projectName())
                .map(known -> {
                    if (known.holdsPlaceIn(library)) {
                        throw new InvalidInput("projectName：项目“" + data.projectName() + "”已在" + library.chineseName()
                                + "中或正在申报，不能重复申报");
                    }
                    known.redeclare(data, parkId, applicant);
                    return known;
                })
                .orElseGet(() -> LibraryProject.declare(data, parkId, applicant));
        String caseNo = caseNumbers.next(library.casePrefix(), Year.from(now.atZone(AppClock.ZONE)));
        project.openIntake(library, caseNo, execution.getProcessInstanceId(), applicant, request, now);
        project = projects.save(project);

        execution.setProcessBusinessKey(caseNo);
        execution.removeVariables(ProjectForm.FIELDS);
        execution.removeVariables(ProjectForm.REQUEST_FIELDS);
        LibraryVariables.registered(execution, project.getId(), caseNo, data.projectName(),
                City.byCode(data.city()).orElseThrow().chineseName());
    }

    static Library libraryOf(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        String key = definitionId.substring(0, definitionId.indexOf(':'));
        return Library.byProcessKey(key).orElseThrow(() -> new IllegalStateException("Not a library workflow: " + key));
    }
}
