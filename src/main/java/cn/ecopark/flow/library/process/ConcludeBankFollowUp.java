package cn.ecopark.flow.library.process;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every bank has answered: the project's green-finance standing becomes financed, partly financed or not financed. */
@Component("concludeBankFollowUp")
class ConcludeBankFollowUp implements JavaDelegate {

    private final LibraryProjects projects;

    ConcludeBankFollowUp(LibraryProjects projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        project.concludeFollowUp(CaseVariables.caseNo(execution), AppClock.now());
        projects.save(project);
    }
}
