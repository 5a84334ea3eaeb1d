package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The daily "start the reviews that are due" gives each park its own job: a park whose start fails retries on
 * its own schedule (R3/PT5M) and ends in an incident, while the other parks' reviews start.
 */
@EcoparkSpringTest
class DailyReviewBatchTests {

    @Autowired
    SupervisionDriver driver;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void oneFailingParkDoesNotHoldUpTheOthers() {
        LocalDate namedOn = SupervisionDriver.named(12, 3);
        Park failing = driver.namedPark(namedOn);
        Park healthy = driver.namedPark(namedOn);
        SupervisionDriver.clockAt(SupervisionDriver.at(namedOn.plusYears(2), 9));

        managementService.executeJob(driver.dailyCheckJob().getId());
        Map<Long, Job> starts = managementService.createJobQuery().processDefinitionKey(Supervision.REVIEW_PROCESS)
                .activityId("reviewDue").list().stream()
                .collect(Collectors.toMap(job -> ((Number) runtimeService.getVariable(job.getProcessInstanceId(), "parkId")).longValue(),
                        job -> job, (a, b) -> a));
        assertThat(starts).containsKeys(failing.getId(), healthy.getId());
        assertThat(driver.reviewsOf(failing)).isEmpty();

        // Running the daily check again before the jobs ran starts nothing twice.
        managementService.executeJob(driver.dailyCheckJob().getId());
        assertThat(managementService.createJobQuery().activityId("reviewDue").list().stream()
                .filter(job -> List.of(failing.getId(), healthy.getId()).contains(
                        ((Number) runtimeService.getVariable(job.getProcessInstanceId(), "parkId")).longValue())))
                .hasSize(2);

        // The failing park's start breaks (here: it names a park that does not exist).
        Job broken = starts.get(failing.getId());
        runtimeService.setVariable(broken.getProcessInstanceId(), "parkId", -1L);
        try {
            assertThatThrownBy(() -> managementService.executeJob(broken.getId())).isNotNull();
            Job retried = managementService.createJobQuery().jobId(broken.getId()).singleResult();
            assertThat(retried.getRetries()).isEqualTo(2);
            assertThat(retried.getExceptionMessage()).isNotBlank();
            assertThat(retried.getDuedate()).isAfterOrEqualTo(java.util.Date.from(ClockUtil.getCurrentTime().toInstant()
                    .plus(Duration.ofMinutes(5)).minusSeconds(1)));

            managementService.executeJob(starts.get(healthy.getId()).getId());
            assertThat(driver.reviewsOf(healthy)).hasSize(1);
        } finally {
            runtimeService.deleteProcessInstance(broken.getProcessInstanceId(), "test: broken on purpose");
        }
    }
}
