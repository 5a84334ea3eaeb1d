package cn.ecopark.flow.library;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the project against the library's entry conditions and keeps the verdict on the intake: ecology
 * reads it on its review, a refusal carries its reason to the park.
 */
@Component("checkPollutionEntry")
class CheckPollutionEntry implements JavaDelegate {

    private final LibraryProjects projects;
    private final PollutionEntryConditions conditions;

    CheckPollutionEntry(LibraryProjects projects, PollutionEntryConditions conditions) {
        this.projects = projects;
        this.conditions = conditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        PollutionEntryConditions.Verdict verdict = conditions.check(project.data(), projects.parkStatus(project));
        project.intake(LibraryProjects.caseNo(execution))
                .entryChecked(verdict.eligible(), verdict.mature(), verdict.suggestedPriority(), verdict.reason());
        projects.save(project);
        execution.setVariable("eligible", verdict.eligible());
        execution.setVariable("mature", verdict.eligible() && verdict.mature());
    }
}
