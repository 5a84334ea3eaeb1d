package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant kept the 容缺 commitment: the documents supplied close it. */
@Component("recordSuppliedDocuments")
class RecordSuppliedDocuments implements TaskListener {

    /** The form field this step reads (the form declares it), removed once read. */
    static final String FIELD = "suppliedDocuments";

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordSuppliedDocuments(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        GreenChannelProject project = projects.of(task);
        project.documentsSupplied(FormFields.of(task).text(FIELD, "补齐的材料", 1000),
                clock.now());
        projects.save(project);
        TaskSubmission.remove(task, FIELD);
    }
}
