package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The lead agency's joint reply reports every agency's decision and closes the case. It has one outcome,
 * 已出具联合答复: each agency's decision is its own legal act and stands as given, and the project's result is
 * what {@code green-channel-project-result} derived from them (process variable {@code projectResult}), so the
 * reply cannot turn a refusal into agreement. Where agencies conflict the reply must explain it to the applicant.
 */
@Component("recordJointReply")
class RecordJointReply implements TaskListener {

    /** Kept for {@code ShowGreenChannelOnTask}; the name is {@link GreenChannelVariables#PROJECT_RESULT}. */
    static final String PROJECT_RESULT = GreenChannelVariables.PROJECT_RESULT;

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordJointReply(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TaskSubmission.outcome(task).orElse(null) != Outcome.ISSUED) {
            return;
        }
        FormFields field = FormFields.of(task);
        GreenChannelProject project = projects.of(task);
        String basis = field.text("basis", "答复说明", 1000);
        String comment = field.optionalText("comment", "意见冲突说明", 1000).orElse(null);
        if (comment == null && !OpinionConflicts.among(project.getReviews()).isEmpty()) {
            throw new InvalidInput("comment：各部门意见存在冲突，请向申请人说明各部门的决定及其后果");
        }
        project.replied(GreenChannelVariables.projectResult(task), basis, comment, Actor.of(task), clock.now());
        projects.save(project);
    }
}
