package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * The lead agency's one joint reply closes the case and records the result on the project. Where agencies
 * conflict the reply must say how that was settled; where agencies attached conditions an approval must be
 * 附条件同意, and those conditions become the project's obligations.
 */
@Component("recordJointReply")
class RecordJointReply implements TaskListener {

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordJointReply(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome decision = TaskFields.decision(task).orElse(null);
        if (decision != Outcome.AGREE && decision != Outcome.AGREE_WITH_CONDITIONS && decision != Outcome.DISAGREE) {
            return;
        }
        FormFields field = FormFields.of(task);
        GreenChannelProject project = projects.of(task);
        String basis = field.text("basis", "答复依据", 1000);
        String comment = field.optionalText("comment", "协调意见", 1000).orElse(null);
        if (comment == null && !OpinionConflicts.among(project.getReviews()).isEmpty()) {
            throw new InvalidInput("comment：各部门意见存在冲突，请写明协调结论");
        }
        String conditioned = project.getReviews().stream().filter(GreenChannelReview::hasConditions)
                .map(r -> StaffGroup.displayName(r.getAgency())).collect(Collectors.joining("、"));
        if (decision == Outcome.AGREE && !conditioned.isEmpty()) {
            throw new InvalidInput("decision：" + conditioned + "提出了附加条件，联合答复应为“附条件同意”或“不同意”");
        }
        String conditions = null;
        ConditionSubject subject = null;
        if (decision == Outcome.AGREE_WITH_CONDITIONS) {
            conditions = field.text("conditions", "联合答复附加条件（汇总各部门条件）", 1000);
            String code = field.text("conditionSubject", "条件所涉事项", 40);
            subject = ConditionSubject.parse(code)
                    .orElseThrow(() -> new InvalidInput("conditionSubject：条件所涉事项“" + code + "”无法识别"));
        }
        project.replied(decision, basis, conditions, subject, comment, Actor.of(task), clock.now());
        projects.save(project);
        TaskFields.remove(task, "conditionSubject");
    }
}
