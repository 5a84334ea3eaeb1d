package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Ecology's review of the 公示 objections answers each objection not answered yet: the conclusion and its reasons go
 * on every one of them, so no objection of the period is left without an answer.
 */
@Component("answerObjections")
class AnswerObjections implements TaskListener {

    private final ParkApplications cases;

    AnswerObjections(ParkApplications cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = TaskSubmission.value(task, TaskSubmission.DECISION);
        Outcome outcome = decision == null ? null : Outcome.parse(decision.toString()).orElse(null);
        if (outcome == null) {
            return;   // the approval listener refuses it
        }
        Object comment = TaskSubmission.value(task, "comment");
        ParkApplication application = cases.of(task);
        application.objectionsAnswered(outcome.chineseName() + (comment == null || comment.toString().isBlank() ? ""
                : "：" + comment.toString().strip()), Actor.of(task), AppClock.now());
        cases.save(application);
    }
}
