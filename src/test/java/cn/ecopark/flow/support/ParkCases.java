package cn.ecopark.flow.support;

import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Park applications for the tests of the shared staff pages (lookup, attachments, approval sheet, dashboard):
 * submitted over the REST API as the applicant, worked through the engine as the real clerks.
 */
@Component
public class ParkCases {

    private static final AtomicInteger PARKS = new AtomicInteger();

    private final TaskService taskService;
    private final Actors actors;

    public ParkCases(TaskService taskService, Actors actors) {
        this.taskService = taskService;
        this.actors = actors;
    }

    /**
     * The park-application tests' valid application, for the given city (by code, e.g. "weihai") and park, which
     * this registers as approved to build (the acceptance application takes approved parks only).
     */
    public static Map<String, Object> application(String city, String parkName) {
        return new HashMap<>(ParkApplicationDriver.approvedApplication(city, parkName));
    }

    /** Submits a Weihai application over REST; the answer holds applicationNo and verificationCode. */
    public Submitted submit(Http http) {
        return submit(http, "weihai", "威海经济技术开发区第" + PARKS.incrementAndGet() + "园区");
    }

    public Submitted submit(Http http, String city, String parkName) {
        Http.Response response = http.post("/api/park-applications", "park-applicant", Http.json(application(city, parkName)));
        if (response.status() != 201) {
            throw new AssertionError("Submission refused: " + response.status() + " " + response.body());
        }
        JsonNode body = response.json();
        return new Submitted(body.get("applicationNo").asText(), body.get("verificationCode").asText(), parkName);
    }

    public Task task(String caseNo, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
    }

    /** Claims and completes the case's task as the clerk, with the form's fields. */
    public void complete(String userId, String caseNo, String taskKey, Map<String, Object> form) {
        actors.as(userId, () -> {
            Task task = task(caseNo, taskKey);
            if (task == null) {
                throw new AssertionError("No open task " + taskKey + " in " + caseNo);
            }
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskService.complete(task.getId(), form);
        });
    }

    public void cityPasses(String caseNo) {
        complete("weihai-clerk", caseNo, "cityPreReview", Map.of("decision", "PASS", "comment", "材料齐全，同意上报"));
    }

    public void cityReturns(String caseNo, String reasons) {
        complete("weihai-clerk", caseNo, "cityPreReview", Map.of("decision", "RETURN_FOR_CORRECTION", "comment", reasons));
    }

    public void jointReviewAgrees(String caseNo, String basisPrefix) {
        complete("ecology-clerk", caseNo, "ecologyJointReview", Map.of("decision", "AGREE", "basis", basisPrefix + "生态环境厅"));
        complete("science-clerk", caseNo, "scienceJointReview", Map.of("decision", "AGREE_WITH_CONDITIONS",
                "basis", basisPrefix + "科技厅", "conditions", "两年内建成园区绿色技术中试平台"));
        complete("commerce-clerk", caseNo, "commerceJointReview", Map.of("decision", "AGREE", "basis", basisPrefix + "商务厅"));
    }

    public record Submitted(String caseNo, String code, String parkName) {
    }
}
