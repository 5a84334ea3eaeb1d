package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.greenchannel.GreenChannelDriver;
import cn.ecopark.flow.support.Actors;
import cn.ecopark.flow.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One case of each shape, driven as the clerks drive it: through the Java API (group lookup, authorized task
 * query, claim, complete with the form's fields, each as the clerk) or through the engine REST API as Tasklist
 * calls it (GET /group?member, POST /task, GET /task/{id}/form-variables, claim, submit-form). A step is one
 * action of a person: the start and every completed task. Used by {@link ParkApplicationBenchmark} only.
 */
class ParkApplicationBenchmarkRun {

    /** A person's step: who, which task (by its definition key), the form's fields. */
    record Step(String user, String taskKey, Map<String, Object> form) {
    }

    /** A case of one shape: how it starts, its steps in order, and before which step the notice timer fires (-1: none). */
    record Shape(String name, int timerBefore, List<Step> steps) {
        int stepsPerCase() {
            return steps.size() + 1;
        }
    }

    static final Shape PARK = new Shape("park-application", 5, List.of(
            new Step("weihai-clerk", "cityPreReview", form("decision", "PASS", "comment", "材料齐全，同意上报")),
            new Step("ecology-clerk", "ecologyJointReview", form("decision", "AGREE", "basis", "符合《山东省省级生态工业园区管理办法》")),
            new Step("science-clerk", "scienceJointReview", form("decision", "AGREE", "basis", "绿色技术创新指标达标")),
            new Step("commerce-clerk", "commerceJointReview", form("decision", "AGREE", "basis", "园区产业结构符合要求")),
            new Step("ecology-clerk", "confirmNaming", form("decision", "APPROVE", "comment", "同意")),
            new Step("ecology-clerk", "ecologySubsidyOpinion", form("decision", "AGREE", "basis", "园区新创建命名，同意按第十条给予奖补")),
            new Step("finance-clerk", "decideSubsidy", form("decision", "AWARD", "subsidyAmount", 3_000_000)),
            new Step("finance-clerk", "recordDisbursement", form("decision", "RECORDED", "disbursedAmount", 3_000_000,
                    "disbursedOn", "2026-12-15", "voucherNo", "BENCH"))));

    static final Shape BARE_PARK = bare(PARK, BareCamundaModels.PARK, List.of("cityPreReview", "ecologyJointReview",
            "scienceJointReview", "commerceJointReview", "confirmNaming", "ecologySubsidyOpinion", "decideSubsidy", "recordDisbursement"));

    static final Shape GREEN = new Shape("green-channel", -1, List.of(
            new Step("ecology-clerk", "acceptProject", form("decision", "ACCEPT", "comment", "材料齐全，予以受理")),
            new Step("ecology-clerk", "agencyReview", form("decision", "AGREE", "basis", "依据《建设项目环境保护管理条例》等规定审查，符合要求")),
            new Step("reform-clerk", "agencyReview", form("decision", "AGREE", "basis", "符合备案要求")),
            new Step("commerce-clerk", "agencyReview", form("decision", "AGREE", "basis", "外商投资信息报告齐全")),
            new Step("science-clerk", "agencyReview", form("decision", "AGREE", "basis", "属绿色技术领域")),
            new Step("ecology-clerk", "issueJointReply", form("decision", "ISSUED", "basis", "各部门均同意，依据鲁环发〔2021〕7号第十五条予以批复"))));

    static final Shape BARE_GREEN = bare(GREEN, BareCamundaModels.GREEN, List.of("acceptProject", "ecologyReview", "reformReview",
            "commerceReview", "scienceReview", "issueJointReply"));

    private static Shape bare(Shape ours, String key, List<String> taskKeys) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < taskKeys.size(); i++) {
            steps.add(new Step(ours.steps().get(i).user(), taskKeys.get(i), form("decision", "AGREE", "comment", "同意")));
        }
        return new Shape(key, ours.timerBefore(), steps);
    }

    private static Map<String, Object> form(Object... pairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put((String) pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final GreenChannelDriver greenChannel;
    private final Actors actors;
    private final Http http;
    private final String password;

    ParkApplicationBenchmarkRun(ConfigurableApplicationContext context, String password) {
        this.runtimeService = context.getBean(RuntimeService.class);
        this.taskService = context.getBean(TaskService.class);
        this.identityService = context.getBean(IdentityService.class);
        this.managementService = context.getBean(ManagementService.class);
        this.greenChannel = context.getBean(GreenChannelDriver.class);
        this.actors = context.getBean(Actors.class);
        context.getBean(ParkApplicationDriver.class); // registers the park repository for goodApplication()
        this.http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        this.password = password;
    }

    /** One whole case of the shape, through the Java API (rest = false) or the engine REST API. */
    void oneCase(Shape shape, boolean rest) {
        String starter = shape == PARK || shape == BARE_PARK ? "park-applicant" : "ecology-clerk";
        Map<String, Object> start = shape == PARK ? ParkApplicationDriver.goodApplication()
                : shape == GREEN ? GreenChannelDriver.project(greenChannel.park("NAMED")) : Map.of();
        String key = shape == PARK ? "park-application" : shape == GREEN ? "green-channel-approval" : shape.name();
        String instance = rest
                ? http.post("/engine-rest/process-definition/key/" + key + "/submit-form", login(starter), Http.json(Map.of("variables", typed(start))))
                .json().path("id").asText()
                : actors.as(starter, () -> runtimeService.startProcessInstanceByKey(key, start).getId());
        for (int i = 0; i < shape.steps().size(); i++) {
            if (i == shape.timerBefore()) {
                Job notice = managementService.createJobQuery().processInstanceId(instance).singleResult();
                managementService.executeJob(notice.getId()); // the job executor's work, not a person's step
            }
            Step step = shape.steps().get(i);
            if (rest) {
                restStep(instance, step);
            } else {
                javaStep(instance, step);
            }
        }
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new AssertionError(shape.name() + " case " + instance + " did not end");
        }
    }

    private void javaStep(String instance, Step step) {
        actors.as(step.user(), () -> {
            List<String> groups = identityService.createGroupQuery().groupMember(step.user()).list().stream().map(Group::getId).toList();
            Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step.taskKey())
                    .taskCandidateGroupIn(groups).singleResult();
            if (task == null) {
                throw new AssertionError("No open task " + step.taskKey() + " for " + step.user() + " in " + instance);
            }
            taskService.claim(task.getId(), step.user());
            taskService.complete(task.getId(), step.form());
        });
    }

    private void restStep(String instance, Step step) {
        String user = login(step.user());
        List<String> groups = new ArrayList<>();
        http.get("/engine-rest/group?member=" + step.user(), user).json().forEach(g -> groups.add(g.path("id").asText()));
        Http.Response found = http.post("/engine-rest/task", user, Http.json(Map.of("processInstanceId", instance,
                "taskDefinitionKey", step.taskKey(), "candidateGroups", groups)));
        JsonNode tasks = found.json();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + step.taskKey() + " for " + step.user() + ": " + found.body());
        }
        String task = tasks.get(0).path("id").asText();
        expectOk(http.get("/engine-rest/task/" + task + "/form-variables", user), "form-variables");
        expectOk(http.post("/engine-rest/task/" + task + "/claim", user, Http.json(Map.of("userId", step.user()))), "claim");
        expectOk(http.post("/engine-rest/task/" + task + "/submit-form", user, Http.json(Map.of("variables", typed(step.form())))), "submit-form");
    }

    private static void expectOk(Http.Response response, String what) {
        if (response.status() >= 300) {
            throw new AssertionError(what + " answered " + response.status() + ": " + response.body());
        }
    }

    private String login(String user) {
        return user + ":" + password;
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                variables.put(name, Map.of("value", value));
            }
        });
        return variables;
    }

    /** Runs {@code cases} cases on {@code clerks} threads; returns the wall time in nanoseconds. */
    long run(Shape shape, boolean rest, int clerks, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                runs.add(pool.submit(() -> oneCase(shape, rest)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }
}
