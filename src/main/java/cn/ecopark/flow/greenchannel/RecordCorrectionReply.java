package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant answers the 补正 request; the same agencies then continue where they stopped. */
@Component("recordCorrectionReply")
class RecordCorrectionReply implements TaskListener {

    private final GreenChannelProjects projects;

    RecordCorrectionReply(GreenChannelProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        GreenChannelProject project = projects.of(task);
        project.correctionAnswered(FormFields.of(task).text("correctionReply", "补正说明及补交材料", 1000));
        projects.save(project);
        TaskFields.remove(task, "correctionReply");
    }
}
