package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.CreditCodes;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives a park application the way the applicant and the clerks do: as themselves, through the engine API. */
@Component
public class ParkApplicationDriver {

    private static final AtomicInteger PARKS = new AtomicInteger();

    /** Set when the test context builds this driver: the static helpers register the parks they apply for. */
    private static volatile ParkRepository registry;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final Actors actors;

    ParkApplicationDriver(RuntimeService runtimeService, TaskService taskService, FormService formService, Actors actors,
                          ParkRepository parks) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.actors = actors;
        registry = parks;
    }

    /**
     * A complete, valid acceptance application from Weihai that the evaluation table recommends, for a park this
     * registers as approved to build (批准建设 2025-03-01) under the form's credit code.
     */
    public static Map<String, Object> goodApplication() {
        return approvedApplication("weihai", "威海临港经济技术开发区" + PARKS.incrementAndGet() + "号园区");
    }

    /** {@link #goodApplication()} for a park of that city and name. */
    public static Map<String, Object> approvedApplication(String city, String parkName) {
        Map<String, Object> form = freshApplication();
        form.put("city", city);
        form.put("parkName", parkName);
        Park park = ParkFixture.register((String) form.get("creditCode"), parkName, city, ParkType.COMPREHENSIVE, new BigDecimal("38.5"));
        ParkFixture.approveToBuild(park, LocalDate.of(2025, 3, 1), "鲁环函〔2025〕1号", Instant.parse("2025-03-01T02:00:00Z"), "ecology-clerk", null);
        if (registry == null) {
            throw new IllegalStateException("The test context has not built ParkApplicationDriver yet");
        }
        registry.save(park);
        return form;
    }

    /** The same application for a park nobody registered: the test sets its park up (or expects a refusal). */
    public static Map<String, Object> freshApplication() {
        Map<String, Object> form = new HashMap<>();
        form.put("creditCode", CreditCodes.next());
        form.put("parkName", "威海临港经济技术开发区" + PARKS.incrementAndGet() + "号园区");
        form.put("city", "weihai");
        form.put("parkType", "COMPREHENSIVE");
        form.put("areaKm2", 38.5);
        form.put("carbonIntensityReductionPct", 21.0);
        form.put("threeLinesCompliant", true);
        form.put("greenIslandFacilities", 3);
        form.put("planningEiaStatus", "DONE_APPROVED");
        form.put("planningEiaConclusion", "规划环评结论：园区布局与“三线一单”管控要求相符。");
        form.put("attachmentNames", "创建申请书.pdf\n创建规划.pdf\n规划环评审查意见.pdf");
        form.put("contactName", "张明");
        form.put("contactPhone", "13806310000");
        form.putAll(passingIndex());
        return form;
    }

    /** Index-system data (catalogue v1) that meets every basic condition, 必选 item and group. */
    public static Map<String, Object> passingIndex() {
        Map<String, Object> index = new HashMap<>();
        for (String condition : List.of("lawCompliance", "environmentOffice", "industryChain", "sustainedGrowth",
                "protectionTargets", "chemicalParkStandard", "monitoredWastewaterPlant")) {
            index.put(condition, true);
        }
        index.put("highTechShare", 52.0);
        index.put("cleanerProductionAudit", 100);
        index.put("ecoChainProjects", 8);
        index.put("solidWasteUtilisation", 85.0);
        index.put("renewableResourceRecycling", 82.0);
        return index;
    }

    public ProcessInstance submit(Map<String, Object> form) {
        return actors.as("park-applicant", () -> runtimeService.startProcessInstanceByKey("park-application", form));
    }

    public ProcessInstance submitGood() {
        return submit(goodApplication());
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    /** Claims (if the task is a group task) and completes the task as the given clerk, with the form's fields. */
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

    public void opinion(String userId, ProcessInstance instance, String taskKey, String decision, String basis, String conditions) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("basis", basis);
        if (conditions != null) {
            form.put("conditions", conditions); // not every opinion form has conditions
        }
        complete(userId, instance, taskKey, form);
    }

    public void passCityReview(ProcessInstance instance) {
        decide("weihai-clerk", instance, "cityPreReview", "PASS", "材料齐全，同意上报");
    }

    public void agreeJointReview(ProcessInstance instance) {
        opinion("ecology-clerk", instance, "ecologyJointReview", "AGREE", "符合《山东省省级生态工业园区管理办法》", null);
        opinion("science-clerk", instance, "scienceJointReview", "AGREE", "绿色技术创新指标达标", null);
        opinion("commerce-clerk", instance, "commerceJointReview", "AGREE", "园区产业结构符合要求", null);
    }

    /** Ecology's subsidy opinion (measure 10), which comes before finance's decision. */
    public void ecologyAgreesToSubsidy(ProcessInstance instance) {
        opinion("ecology-clerk", instance, "ecologySubsidyOpinion", "AGREE", "园区新创建命名，同意按第十条给予奖补", null);
    }

    void resubmit(ProcessInstance instance, Map<String, Object> changes) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "RESUBMIT");
        form.putAll(changes);
        actors.as("park-applicant", () -> {
            Task task = task(instance, "correctApplication");
            // The correction form is prefilled with the application: submit what it shows plus the changes, as Tasklist does.
            Map<String, Object> shown = new HashMap<>(formService.getTaskFormVariables(task.getId()));
            shown.keySet().retainAll(ApplicationForm.FIELDS);
            shown.putAll(form);
            taskService.complete(task.getId(), shown);
        });
    }
}
