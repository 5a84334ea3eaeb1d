package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts every re-inspection that is due: cycle n of a park falls due n × 2 years after its naming. Everything
 * it needs is in the database (the park's naming date and the cycles already started), so it may run any day,
 * any number of times, after any restart or redeploy: a cycle is started once (the review table holds it,
 * unique per park and cycle), and one missed while the system was down is started on the next run.
 * A park with a review still open gets its next cycle once that one is closed.
 * Each park's review then runs in its own job (see {@link #startDue}).
 */
@Component
class ReviewSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReviewSchedule.class);

    private final NamedParks namedParks;
    private final ReviewRepository reviews;
    private final SpotCheckSample sample;
    private final RuntimeService runtimeService;

    ReviewSchedule(NamedParks namedParks, ReviewRepository reviews, SpotCheckSample sample, RuntimeService runtimeService) {
        this.namedParks = namedParks;
        this.reviews = reviews;
        this.sample = sample;
        this.runtimeService = runtimeService;
    }

    /**
     * A review started by an earlier run whose own job has not yet registered it (the start is asynchronous):
     * it must not be started twice.
     */
    private boolean reviewWaitingToStart(Long parkId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Supervision.REVIEW_PROCESS)
                .activityIdIn("reviewDue").variableValueEquals(SupervisionVariables.PARK_ID, parkId).count() > 0;
    }

    /**
     * Starts the reviews due on or before {@code today}; returns their process instance ids. Each start only
     * creates the instance and its job ({@code reviewDue} is asynchronous): the park's own work (registering the
     * review, the spot-check sample, the first task) runs in that park's job, so one failing park retries on its
     * own schedule and ends in an incident without holding up the others.
     */
    List<String> startDue(LocalDate today) {
        List<String> started = new ArrayList<>();
        for (NamedParks.NamedPark park : namedParks.all()) {
            if (reviews.existsByParkIdAndClosedAtIsNull(park.id()) || reviewWaitingToStart(park.id())) {
                continue;
            }
            int cycle = reviews.findFirstByParkIdAndNamedOnOrderByCycleNoDesc(park.id(), park.namedOn())
                    .map(Review::getCycleNo).orElse(0) + 1;
            LocalDate dueOn = Review.dueOn(park.namedOn(), cycle);
            if (dueOn.isAfter(today)) {
                continue;
            }
            sample.of(Review.batchOf(dueOn));
            started.add(runtimeService.startProcessInstanceByMessage(Supervision.REVIEW_DUE_MESSAGE,
                    SupervisionVariables.reviewDue(park.id(), park.namedOn(), cycle, dueOn)).getId());
            log.info("Biennial review cycle {} of park {} (due {}) started", cycle, park.id(), dueOn);
        }
        return started;
    }
}
