package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.support.Actors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives green-channel cases as the window, the applicant and the agencies' clerks do: as themselves, through the engine API. */
@Component
public class GreenChannelDriver {

    static final String PROCESS_KEY = "green-channel-approval";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger PARKS = new AtomicInteger();

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ParkRepository parks;
    private final Actors actors;

    GreenChannelDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                       ParkRepository parks, Actors actors) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.parks = parks;
        this.actors = actors;
    }

    /** Sets the engine's clock to a local time in Shandong. */
    static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant()));
    }

    static Instant endOf(String date) {
        return LocalDate.parse(date).atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
    }

    public Park park(String status) {
        Park park = ParkFixture.register("威海绿色通道" + PARKS.incrementAndGet() + "号生态工业园区", "weihai", ParkType.COMPREHENSIVE,
                new BigDecimal("25.00"));
        Instant now = Instant.parse("2025-06-01T02:00:00Z");
        switch (status) {
            case "APPROVED_TO_BUILD" -> ParkFixture.approveToBuild(park, LocalDate.of(2025, 6, 1), now, "test", "TEST");
            case "NAMED" -> ParkFixture.name(park, LocalDate.of(2025, 6, 1), now, "test", "TEST");
            case "REVOKED" -> {
                ParkFixture.name(park, LocalDate.of(2024, 6, 1), now, "test", "TEST");
                ParkFixture.revoke(park, LocalDate.of(2025, 6, 1), now, "test", "TEST", "复查不合格");
            }
            case "NONE" -> {
            }
            default -> throw new IllegalArgumentException(status);
        }
        return parks.save(park);
    }

    /**
     * A key project in the park that every agency reviews: an EIA report form consistent with the park's planning EIA
     * (ecology: statutory 30 days, simplified content, commitment 10 working days), filing with reform (2),
     * foreign-invested (commerce, 5), green technology (science, 5).
     */
    public static Map<String, Object> project(Park park) {
        Map<String, Object> form = new HashMap<>();
        form.put("projectName", "年产5万吨再生铝绿色循环项目");
        form.put("investor", "威海绿源再生资源有限公司");
        form.put("parkName", park.getName());
        form.put("city", park.getCity());
        form.put("investmentWan", 86000);
        form.put("industry", "GREEN_TECHNOLOGY");
        form.put("foreignInvested", true);
        form.put("reformProcedure", "FILING");
        form.put("eiaCategory", "FORM");
        form.put("planningEiaConsistent", true);
        form.put("documentNames", "项目申请书.pdf\n环境影响报告表.pdf\n外商投资信息报告.pdf");
        form.put("contactName", "李华");
        form.put("contactPhone", "0631-5812345");
        form.put("projectCode", "2026-371000-32-03-000123");
        form.put("keyProjectBasis", "PROVINCIAL_KEY_LIST");
        form.put("keyProjectDocNo", "鲁发改重点〔2026〕1号");
        return form;
    }

    public ProcessInstance submit(String user, Map<String, Object> form) {
        return actors.as(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, form));
    }

    /** The ecology window enters a project of a named park. */
    ProcessInstance submitAtWindow() {
        return submit("ecology-clerk", project(park("NAMED")));
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public Task review(ProcessInstance instance, String agency) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("agencyReview")
                .taskCandidateGroup(agency).includeAssignedTasks().singleResult();
    }

    List<Task> tasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).orderByTaskName().asc().list();
    }

    /** Claims (for a group task) and completes the task as the given user, with the form's fields. */
    void complete(String userId, Task task, Map<String, Object> form) {
        if (task == null) {
            throw new AssertionError("No such open task for " + userId);
        }
        actors.as(userId, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskService.complete(task.getId(), form);
        });
    }

    public void accept(ProcessInstance instance) {
        complete("ecology-clerk", task(instance, "acceptProject"), Map.of("decision", "ACCEPT", "comment", "材料齐全，予以受理"));
    }

    void acceptWithDeficiency(ProcessInstance instance, int workingDays) {
        complete("ecology-clerk", task(instance, "acceptProject"), Map.of("decision", "ACCEPT_WITH_DEFICIENCY",
                "missingDocuments", "节能审查意见（非关键材料）", "commitmentText", "承诺在期限内补交节能审查意见，逾期同意重新受理",
                "commitmentWorkingDays", workingDays));
    }

    /** An agency's clerk gives an opinion on its review. */
    void opinion(String agency, ProcessInstance instance, String decision, String basis, String subject, String conditions) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("basis", basis);
        form.put("conditionSubject", subject);
        form.put("conditions", conditions);
        complete(agency + "-clerk", review(instance, agency), form);
    }

    void agree(String agency, ProcessInstance instance) {
        opinion(agency, instance, "AGREE", "依据《建设项目环境保护管理条例》等规定审查，符合要求", null, null);
    }

    /** An agency sends the case back for 补正, or to expert review / site inspection, saying why. */
    void act(String agency, ProcessInstance instance, String decision, String comment) {
        complete(agency + "-clerk", review(instance, agency), Map.of("decision", decision, "comment", comment));
    }

    void answerCorrection(String user, ProcessInstance instance) {
        complete(user, task(instance, "supplyCorrection"), Map.of("decision", "RESUBMIT",
                "correctionReply", "已补充外资股权结构说明及节能评估报告"));
    }

    void recordProcedure(String agency, ProcessInstance instance) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("recordSpecialProcedure")
                .taskCandidateGroup(agency).includeAssignedTasks().singleResult();
        complete(agency + "-clerk", task, Map.of("decision", "RECORDED", "comment", "现场核查：建设内容与申报一致"));
    }

    void jointReply(ProcessInstance instance, Map<String, Object> form) {
        complete("ecology-clerk", task(instance, "issueJointReply"), form);
    }

    Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
        if (jobs.isEmpty()) {
            throw new AssertionError("No timer at " + activityId);
        }
        return jobs.get(0);
    }

    /** The agency's timer at the boundary event (each agency's review runs its own). */
    Job timer(ProcessInstance instance, String activityId, String agency) {
        return timers(instance, activityId).stream()
                .filter(job -> agency.equals(runtimeService.getVariable(job.getExecutionId(), "agency")))
                .findFirst().orElseThrow(() -> new AssertionError("No timer at " + activityId + " for " + agency));
    }

    List<Job> timers(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }

    void fire(Job job) {
        managementService.executeJob(job.getId());
    }
}
