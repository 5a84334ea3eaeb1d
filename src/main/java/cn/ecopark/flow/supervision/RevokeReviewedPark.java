package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ecology confirmed it: the park failed again after rectification and loses its title (measure 16). */
@Component("revokeReviewedPark")
class RevokeReviewedPark implements JavaDelegate {

    private final Reviews reviews;
    private final ParkSanctions sanctions;
    private final SanctionProcedures procedures;

    RevokeReviewedPark(Reviews reviews, ParkSanctions sanctions, SanctionProcedures procedures) {
        this.reviews = reviews;
        this.sanctions = sanctions;
        this.procedures = procedures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = reviews.of(execution);
        procedures.requireCompletedBeforeSanction(execution.getProcessInstanceId());
        String reason = "%s（第%d次复查：%s，现场复查发现问题的部门%d个%s）".formatted(
                review.getVerdictReason(), review.getCycleNo(),
                review.indexSummary() == null ? "指标体系未评价" : review.indexSummary(),
                review.getSpotCheckDisagreements(), review.isRectificationOverdue() ? "，逾期未提交整改报告" : "");
        sanctions.revoke(review.getParkId(), review.getReviewNo(), reason, Actor.of(execution));
        review.revoked(AppClock.now(), reason);
        reviews.save(review);
    }
}
