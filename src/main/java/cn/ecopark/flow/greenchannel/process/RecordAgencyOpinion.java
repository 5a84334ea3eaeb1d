package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.ConditionSubject;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjects;
import cn.ecopark.flow.greenchannel.GreenChannelVariables;
import cn.ecopark.flow.greenchannel.StatutoryClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An agency completes its review. An opinion (同意 / 附条件同意 / 不同意) must cite its legal basis; a
 * condition must say what it is about, so the lead agency can see overlaps. A 补正 request must say what to
 * correct; it is kept on the project for the applicant. Expert review and inspection must say what is arranged.
 */
@Component("recordAgencyOpinion")
class RecordAgencyOpinion implements TaskListener {

    /** The form field this step reads (the form declares it), removed once read. */
    static final String CONDITION_SUBJECT = "conditionSubject";

    private final GreenChannelProjects projects;
    private final StatutoryClock clock;

    RecordAgencyOpinion(GreenChannelProjects projects, StatutoryClock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome decision = TaskSubmission.outcome(task).orElse(null);
        if (decision == null) {
            return;
        }
        FormFields field = FormFields.of(task);
        String agency = GreenChannelVariables.agency(task);
        GreenChannelProject project = projects.of(task);
        switch (decision) {
            case AGREE, AGREE_WITH_CONDITIONS, DISAGREE -> {
                String basis = field.text("basis", "审查依据（法律法规及政策依据）", 1000);
                String conditions = null;
                ConditionSubject subject = null;
                if (decision == Outcome.AGREE_WITH_CONDITIONS) {
                    conditions = field.text("conditions", "附加条件", 1000);
                    String code = field.text(CONDITION_SUBJECT, "条件所涉事项", 40);
                    subject = ConditionSubject.parse(code)
                            .orElseThrow(() -> new InvalidInput("conditionSubject：条件所涉事项“" + code + "”无法识别"));
                }
                project.opinion(agency, decision, basis, conditions, subject,
                        field.optionalText("comment", "办理意见", 1000).orElse(null), Actor.of(task), clock.now());
            }
            case RETURN_FOR_CORRECTION -> project.correctionRequested(agency,
                    field.text("comment", "补正内容（需申请人补正的材料和事项）", 1000), clock.now());
            case EXPERT_REVIEW, SITE_INSPECTION -> field.text("comment",
                    decision == Outcome.EXPERT_REVIEW ? "专家评审安排" : "现场核查安排", 1000);
            default -> {
                return;
            }
        }
        projects.save(project);
        TaskSubmission.remove(task, CONDITION_SUBJECT);
    }
}
