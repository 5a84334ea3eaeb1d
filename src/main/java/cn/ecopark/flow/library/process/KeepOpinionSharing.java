package cn.ecopark.flow.library.process;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the opinion steps of ecology, reform and finance: keeps whether the clerk marked the opinion for
 * sharing with finsup and the banks (form field {@code shareWithBanks}, unticked means internal) and takes
 * the field off the process, so no later step, bank tasks included, inherits it.
 */
@Component("keepOpinionSharing")
class KeepOpinionSharing implements TaskListener {

    static final String FIELD = "shareWithBanks";

    private final LibraryProjects projects;

    KeepOpinionSharing(LibraryProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean shared = FormFields.of(task).bool(FIELD, "同意向金融机构共享");
        LibraryProject project = projects.of(task);
        project.keepSharing(task.getId(), shared);
        projects.save(project);
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(FIELD);
    }
}
