package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ecology decided not to revoke after the park's statement: the re-inspection closes and the park keeps its title. */
@Component("closeWithoutRevocation")
class CloseWithoutRevocation implements JavaDelegate {

    private final Reviews reviews;
    private final SanctionProcedures procedures;

    CloseWithoutRevocation(Reviews reviews, SanctionProcedures procedures) {
        this.reviews = reviews;
        this.procedures = procedures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        SanctionProcedure procedure = procedures.current(execution.getProcessInstanceId());
        review.notRevoked(AppClock.now(), "不予撤销称号" + (procedure.getDecisionComment() == null ? ""
                : "：" + procedure.getDecisionComment()));
        reviews.save(review);
    }
}
