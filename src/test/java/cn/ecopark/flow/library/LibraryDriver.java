package cn.ecopark.flow.library;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.support.Actors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives both intakes the way the park and the clerks do: as themselves, through the engine API. */
@Component
public class LibraryDriver {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ParkRepository parks;
    private final LibraryProjectRepository projects;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final Actors actors;

    LibraryDriver(ParkRepository parks, LibraryProjectRepository projects, RuntimeService runtimeService,
                  TaskService taskService, FormService formService, HistoryService historyService, Actors actors) {
        this.parks = parks;
        this.projects = projects;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.historyService = historyService;
        this.actors = actors;
    }

    /** A Weihai park with the given standing under the programme. */
    public Park park(ParkStatus status) {
        Park park = ParkFixture.register("威海南海新区生态工业园" + SEQUENCE.incrementAndGet(), "weihai", ParkType.COMPREHENSIVE,
                new BigDecimal("25.00"));
        Instant at = Instant.parse("2025-06-30T02:00:00Z");
        switch (status) {
            case NAMED -> ParkFixture.name(park, LocalDate.of(2025, 6, 30), at, "system", "STGY-2025-0001");
            case APPROVED_TO_BUILD -> ParkFixture.approveToBuild(park, LocalDate.of(2025, 6, 30), at, "ecology-clerk", "STGY-2025-0001");
            case NONE -> {
            }
            default -> throw new IllegalArgumentException("No test park for " + status);
        }
        return parks.save(park);
    }

    /** A mature wastewater project (6000 万元, cuts COD and ammonia) in the given park. */
    public static Map<String, Object> project(Park park) {
        Map<String, Object> form = new HashMap<>();
        form.put("projectName", "园区污水处理厂提标改造及中水回用工程（" + SEQUENCE.incrementAndGet() + "期）");
        form.put("city", park.getCity());
        form.put("parkName", park.getName());
        form.put("projectType", "WASTEWATER");
        form.put("totalInvestment", 6000);
        form.put("readiness", "DESIGN_APPROVED");
        form.put("codReduction", 120.5);
        form.put("ammoniaReduction", 12);
        form.put("noxReduction", 0);
        form.put("vocsReduction", 0);
        form.put("projectDescription", "新建深度处理单元2万吨/日，配套中水回用管网8公里。");
        form.put("contactName", "李强");
        form.put("contactPhone", "0631-5212345");
        return form;
    }

    public static Map<String, Object> pollutionRequest(Park park) {
        Map<String, Object> form = project(park);
        form.put("requestedFunding", 800);
        return form;
    }

    public static Map<String, Object> greenRequest(Map<String, Object> project) {
        Map<String, Object> form = new HashMap<>(project);
        form.remove("requestedFunding");
        form.put("requestedLoan", 3000);
        form.put("loanTermMonths", 120);
        return form;
    }

    public ProcessInstance submit(Library library, Map<String, Object> form) {
        return actors.as("park-applicant", () -> runtimeService.startProcessInstanceByKey(library.processKey(), form));
    }

    /** The project record a case (running or ended) is about, as stored now. */
    public LibraryProject project(ProcessInstance instance) {
        Object id = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(LibraryVariables.PROJECT_ID).singleResult().getValue();
        return projects.findById((Long) id).orElseThrow();
    }

    /** The case's own intake. */
    public LibraryIntake intake(ProcessInstance instance) {
        return project(instance).intake(instance.getBusinessKey());
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    /** Claims (for a group task) and completes the task as the given user, with the form's fields. */
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
        if (comment != null) {
            form.put("comment", comment); // a notice form has no comment field
        }
        complete(userId, instance, taskKey, form);
    }

    /** An opinion of ecology, reform or finance, internal unless shared. */
    public void opinion(String userId, ProcessInstance instance, String taskKey, String decision, String comment, boolean share) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("comment", comment);
        if (taskKey.endsWith("Recommendation")) {
            form.put("basis", "鲁环发〔2021〕7号"); // only the recommendation form asks for a basis
        }
        form.put("shareWithBanks", share);
        complete(userId, instance, taskKey, form);
    }

    public void fund(ProcessInstance instance, String priority, Object... amountsAndDates) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "FUND");
        form.put("priority", priority);
        form.put("comment", "列入年度污染防治资金安排计划");
        for (int i = 0; i < amountsAndDates.length; i += 2) {
            form.put("tranche" + (i / 2 + 1) + "Amount", amountsAndDates[i]);
            form.put("tranche" + (i / 2 + 1) + "Date", amountsAndDates[i + 1]);
        }
        complete("finance-clerk", instance, "financeFundingReview", form);
    }

    /** ecology and reform both recommend; ecology keeps its opinion internal, reform shares its own. */
    public void recommend(ProcessInstance instance) {
        opinion("ecology-clerk", instance, "ecologyRecommendation", "AGREE", "生态环境厅内部意见：减排效益显著", false);
        opinion("reform-clerk", instance, "reformRecommendation", "AGREE", "发改委共享意见：项目已备案，符合产业政策", true);
    }

    public void admit(ProcessInstance instance) {
        decide("finsup-clerk", instance, "finsupAdmission", "APPROVE", "同意纳入省绿色金融项目库");
    }

    /** What the task's form shows the user (its form variables, as Tasklist reads them). */
    public Map<String, Object> formShows(String userId, ProcessInstance instance, String taskKey) {
        return actors.as(userId, () -> formService.getTaskFormVariables(task(instance, taskKey).getId()));
    }
}
