package cn.ecopark.flow.library.process;

import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The pollution library's entry check, as the model shows it: checkEntryConditions
 * ({@code ${checkPollutionEntry.eligible(execution)}}, result variable {@code eligible}) checks the project against
 * the entry conditions and keeps the verdict on the intake (ecology reads it on its review, a refusal carries its
 * reason to the park); readMaturity ({@code ${checkPollutionEntry.mature(execution)}}, result variable {@code mature})
 * reads back, once ecology approved, whether that verdict found the project mature.
 */
@Component("checkPollutionEntry")
public class CheckPollutionEntry {

    private final LibraryProjects projects;
    private final PollutionEntryConditions conditions;

    CheckPollutionEntry(LibraryProjects projects, PollutionEntryConditions conditions) {
        this.projects = projects;
        this.conditions = conditions;
    }

    /** Checks the entry conditions, keeps the verdict on the intake and answers whether the project meets them. */
    public boolean eligible(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        PollutionEntryConditions.Verdict verdict = conditions.check(project.data(), projects.parkStatus(project));
        project.intake(CaseVariables.caseNo(execution))
                .entryChecked(verdict.eligible(), verdict.mature(), verdict.suggestedPriority(), verdict.reason());
        projects.save(project);
        return verdict.eligible();
    }

    /** Whether the entry check found the project mature (条件成熟): only an eligible project can be. */
    public boolean mature(DelegateExecution execution) {
        return projects.of(execution).intake(CaseVariables.caseNo(execution)).isMature();
    }
}
