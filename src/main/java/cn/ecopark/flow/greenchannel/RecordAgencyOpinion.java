package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * An agency completes its review. An opinion (同意 / 附条件同意 / 不同意) must cite its legal basis; a
 * condition must say what it is about, so the lead agency can see overlaps. A 补正 request must say what to
 * correct; it is kept on the project for the applicant. Expert review and inspection must say what is arranged.
 */
@Component("recordAgencyOpinion")
class RecordAgencyOpinion implements TaskListener {

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordAgencyOpinion(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome decision = TaskFields.decision(task).orElse(null);
        if (decision == null) {
            return;
        }
        Function<String, Object> field = TaskFields.of(task);
        String agency = GreenChannelProjects.agencyOf(task);
        GreenChannelProject project = projects.of(task);
        switch (decision) {
            case AGREE, AGREE_WITH_CONDITIONS, DISAGREE -> {
                String basis = FieldReader.requiredText(field, "basis", "审查依据（法律法规及政策依据）", 1000);
                String conditions = null;
                ConditionSubject subject = null;
                if (decision == Outcome.AGREE_WITH_CONDITIONS) {
                    conditions = FieldReader.requiredText(field, "conditions", "附加条件", 1000);
                    String code = FieldReader.requiredText(field, "conditionSubject", "条件所涉事项", 40);
                    subject = ConditionSubject.parse(code)
                            .orElseThrow(() -> new InvalidInput("conditionSubject：条件所涉事项“" + code + "”无法识别"));
                }
                project.opinion(agency, decision, basis, conditions, subject,
                        FieldReader.optionalText(field, "comment", "办理意见", 1000), Actor.of(task), clock.now());
            }
            case RETURN_FOR_CORRECTION -> project.correctionRequested(agency,
                    FieldReader.requiredText(field, "comment", "补正内容（需申请人补正的材料和事项）", 1000), clock.now());
            case EXPERT_REVIEW, SITE_INSPECTION -> FieldReader.requiredText(field, "comment",
                    decision == Outcome.EXPERT_REVIEW ? "专家评审安排" : "现场核查安排", 1000);
            default -> {
                return;
            }
        }
        projects.save(project);
        TaskFields.remove(task, "conditionSubject");
    }
}
