package cn.ecopark.flow.library.process;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The project enters the pollution-prevention library with its priority and whatever funds finance arranged. */
@Component("admitToPollutionLibrary")
class AdmitToPollutionLibrary implements JavaDelegate {

    private final LibraryProjects projects;

    AdmitToPollutionLibrary(LibraryProjects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        project.admitToPollutionLibrary(CaseVariables.caseNo(execution), AppClock.now());
        projects.save(project);
    }
}
