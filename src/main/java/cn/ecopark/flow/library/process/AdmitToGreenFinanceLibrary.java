package cn.ecopark.flow.library.process;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import cn.ecopark.flow.library.Preferences;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * finsup admitted the project: it enters the green-finance library with the priority and preferences the
 * table gives it (a project also in the pollution-prevention library counts as a key project), and the
 * banks' follow-up begins.
 */
@Component("admitToGreenFinanceLibrary")
class AdmitToGreenFinanceLibrary implements JavaDelegate {

    private final LibraryProjects projects;
    private final GreenFinancePreferences preferences;

    AdmitToGreenFinanceLibrary(LibraryProjects projects, GreenFinancePreferences preferences) {
        this.projects = projects;
        this.preferences = preferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        Preferences decided = preferences.decide(project.data(), projects.parkStatus(project),
                project.admittedIntake(Library.POLLUTION_PREVENTION).isPresent());
        project.admitToGreenFinance(CaseVariables.caseNo(execution), decided, AppClock.now());
        projects.save(project);
    }
}
