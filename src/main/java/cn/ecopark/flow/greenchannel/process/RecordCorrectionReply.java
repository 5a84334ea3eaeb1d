package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant answers the 补正 request; the same agencies then continue where they stopped. */
@Component("recordCorrectionReply")
class RecordCorrectionReply implements TaskListener {

    /** The form field this step reads (the form declares it), removed once read. */
    static final String FIELD = "correctionReply";

    private final GreenChannelProjects projects;

    RecordCorrectionReply(GreenChannelProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        GreenChannelProject project = projects.of(task);
        project.correctionAnswered(FormFields.of(task).text(FIELD, "补正说明及补交材料", 1000));
        projects.save(project);
        TaskSubmission.remove(task, FIELD);
    }
}
