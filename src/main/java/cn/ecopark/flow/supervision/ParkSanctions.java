package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Revokes a title or strikes a park off, into the park's history with the date, the reason, the case and who
 * decided (the case's approval records name everyone else who took part). A park that loses its title needs no
 * re-inspection any more: an open one is ended.
 */
@Component
class ParkSanctions {

    private final ParkRepository parks;
    private final ReviewRepository reviews;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final ParkLifecycle lifecycle;

    ParkSanctions(ParkRepository parks, ReviewRepository reviews, RuntimeService runtimeService, EngineAsSystem engine,
                  ParkLifecycle lifecycle) {
        this.parks = parks;
        this.lifecycle = lifecycle;
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /** Measures 16 and 17: the named park loses its title. */
    Park revoke(Long parkId, String caseNo, String reason, String decidedBy) {
        parkIn(parkId, ParkStatus.NAMED, "撤销称号");
        Instant now = AppClock.now();
        Park park = lifecycle.revoke(parkId, AppClock.today(), now, decidedBy, caseNo, reason);
        endOpenReviews(parkId, caseNo, now);
        return park;
    }

    /** Measure 17: the park approved to build is struck off; the eligibility table keeps it out for three years. */
    Park strikeOff(Long parkId, String caseNo, String reason, String decidedBy) {
        parkIn(parkId, ParkStatus.APPROVED_TO_BUILD, "除名");
        return lifecycle.strikeOff(parkId, AppClock.today(), AppClock.now(), decidedBy, caseNo, reason);
    }

    private Park parkIn(Long parkId, ParkStatus expected, String action) {
        Park park = parks.findById(parkId).orElseThrow();
        if (park.getStatus() != expected) {
            throw new InvalidInput("decision：园区当前状态为“" + park.getStatus().chineseName() + "”，不能" + action
                    + "，请选择不予处理并说明情况");
        }
        return park;
    }

    private void endOpenReviews(Long parkId, String caseNo, Instant now) {
        for (Review review : reviews.findByParkIdAndClosedAtIsNull(parkId)) {
            if (review.getReviewNo().equals(caseNo)) {
                continue;
            }
            String note = "园区称号已撤销（" + caseNo + "），复查终止";
            // Ending another case is the system's doing, not the deciding clerk's: they hold no right on it.
            engine.run(() -> runtimeService.deleteProcessInstance(review.getProcessInstanceId(), note));
            review.cancelled(now, note);
            reviews.save(review);
        }
    }
}
