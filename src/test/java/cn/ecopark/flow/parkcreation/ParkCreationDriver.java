package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.CreditCodes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives a creation application (park-creation) as the applicant and the clerks do, through the engine API. */
@Component
public class ParkCreationDriver {

    private static final AtomicInteger PARKS = new AtomicInteger();

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Actors actors;

    ParkCreationDriver(RuntimeService runtimeService, TaskService taskService, Actors actors) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.actors = actors;
    }

    /** A complete, valid creation application of a new park in Weihai. */
    public static Map<String, Object> goodCreation() {
        Map<String, Object> form = new HashMap<>();
        form.put("creditCode", CreditCodes.next());
        form.put("parkName", "威海南海新区创建园区" + PARKS.incrementAndGet() + "号");
        form.put("city", "weihai");
        form.put("parkType", "SECTORAL");
        form.put("areaKm2", 18.2);
        form.put("buildPlanSummary", "三年建设期：建成园区集中污水处理设施在线监控，新增生态工业链项目6个。");
        form.put("attachmentNames", "创建申请书.pdf\n生态工业园区建设规划.pdf");
        form.put("contactName", "王强");
        form.put("contactPhone", "13806312222");
        return form;
    }

    public ProcessInstance submit(Map<String, Object> form) {
        return actors.as("park-applicant", () -> runtimeService.startProcessInstanceByKey("park-creation", form));
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(String userId, ProcessInstance instance, String taskKey, Map<String, Object> form) {
        actors.as(userId, () -> {
            Task task = task(instance, taskKey);
            if (task == null) {
                throw new AssertionError("No open task " + taskKey + " in " + instance.getId());
            }
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskService.complete(task.getId(), form);
        });
    }

    public void decide(String userId, ProcessInstance instance, String taskKey, String decision, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("comment", comment);
        complete(userId, instance, taskKey, form);
    }

    public void expertsPass(ProcessInstance instance) {
        decide("ecology-clerk", instance, "expertReview", "PASS", "专家组（5人）评审通过：建设规划目标明确、任务可行。");
    }

    public void jointReviewAgrees(ProcessInstance instance) {
        for (String agency : new String[]{"ecology", "science", "commerce"}) {
            Map<String, Object> form = new HashMap<>();
            form.put("decision", "AGREE");
            form.put("basis", "建设规划符合要求");
            complete(agency + "-clerk", instance, agency + "JointReview", form);
        }
    }

    public void approve(ProcessInstance instance, String documentNo, String approvedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "APPROVE");
        form.put("approvalDocumentNo", documentNo);
        form.put("approvedOn", approvedOn);
        complete("ecology-clerk", instance, "approveToBuild", form);
    }
}
