package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.web.ApiExceptionHandler.NotFound;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The redeploy assistant (issue 14, point 3): for a process key, what changed between two versions, where the old
 * version's running cases wait, Camunda's migration plan (equal ids mapped, the admin maps the rest), a dry run, the
 * migration itself and its report. Camunda 7 CE has the migration API but no screens for it; this is that screen's logic.
 *
 * <p>Running cases are moved with their tasks as they are: a migrated task keeps its id, assignee, candidate groups
 * and due date (the working-day deadline computed when it was created), timers keep their due dates (event triggers
 * are not recomputed), and nothing in our own tables changes, because migration only re-points the engine's rows at
 * the new definition. Cases waiting at a step the new version no longer has are not moved: they finish on the old
 * version, and the report names them.
 */
@Service
public class RedeployAssistant {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ModelChangeLog changeLog;
    private final TransactionTemplate trial;
    private final int syncLimit;

    RedeployAssistant(RepositoryService repositoryService, RuntimeService runtimeService, ManagementService managementService,
                      HistoryService historyService, IdentityService identityService, ModelChangeLog changeLog,
                      PlatformTransactionManager transactions, @Value("${ecopark.redeploy.sync-limit:20}") int syncLimit) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.changeLog = changeLog;
        this.trial = new TransactionTemplate(transactions);
        this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.syncLimit = syncLimit;
    }

    // ---------- what there is ----------

    public record VersionInfo(String definitionId, int version, String deploymentId, String deploymentName, String source,
                              Instant deployedAt, long runningCases) {
    }

    public record ProcessVersions(String key, String name, List<VersionInfo> versions) {
    }

    public List<ProcessVersions> processes() {
        Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<ProcessVersions> result = new ArrayList<>();
        byKey.forEach((key, definitions) -> result.add(new ProcessVersions(key, definitions.get(0).getName(),
                definitions.stream().map(this::info).toList())));
        return result;
    }

    private VersionInfo info(ProcessDefinition definition) {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        return new VersionInfo(definition.getId(), definition.getVersion(), definition.getDeploymentId(),
                deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getSource(),
                deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
    }

    // ---------- what changed ----------

    public record Activity(String id, String name, String type, String formRef, String decisionRef, String candidateGroups) {
    }

    public record Renamed(String id, String oldName, String newName) {
    }

    public record Changed(String id, String name, String what, String before, String after) {
    }

    public record Diff(List<Activity> added, List<Activity> removed, List<Renamed> renamed, List<Changed> changed,
                       List<String> formsAdded, List<String> formsRemoved, List<String> decisionsAdded, List<String> decisionsRemoved) {
    }

    public record Waiting(String activityId, String activityName, long cases, String mappedTo, boolean removed) {
    }

    public record Instruction(String source, String sourceName, String target, String targetName) {
    }

    public record Assessment(String key, VersionInfo from, VersionInfo to, Diff diff, List<Waiting> waiting,
                             List<Instruction> plan, List<String> planProblems, List<Activity> targetActivities) {
    }

    /** The differences, the running cases per activity of the old version and the proposed plan with the admin's mappings. */
    public Assessment assess(String key, int fromVersion, int toVersion, Map<String, String> mappings) {
        ProcessDefinition from = definition(key, fromVersion, "from");
        ProcessDefinition to = definition(key, toVersion, "to");
        Map<String, Activity> before = activities(repositoryService.getBpmnModelInstance(from.getId()));
        Map<String, Activity> after = activities(repositoryService.getBpmnModelInstance(to.getId()));
        Diff diff = diff(before, after);

        Plan plan = plan(from, to, mappings);
        Map<String, String> mapped = new HashMap<>();
        plan.instructions.forEach(i -> mapped.put(i.source(), i.target()));
        List<Waiting> waiting = new ArrayList<>();
        for (ActivityStatistics statistics : managementService.createActivityStatisticsQuery(from.getId()).list()) {
            Activity activity = before.get(statistics.getId());
            waiting.add(new Waiting(statistics.getId(), activity == null ? statistics.getId() : activity.name(),
                    statistics.getInstances(), mapped.get(statistics.getId()), !after.containsKey(statistics.getId())));
        }
        waiting.sort(Comparator.comparing(Waiting::activityId));
        return new Assessment(key, info(from), info(to), diff, waiting, plan.instructions, plan.problems,
                new ArrayList<>(after.values()));
    }

    private ProcessDefinition definition(String key, int version, String field) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFound("流程 " + key + " 没有第" + version + "版");
        }
        return definition;
    }

    private static Map<String, Activity> activities(BpmnModelInstance model) {
        Map<String, Activity> activities = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
                    : node instanceof StartEvent start ? start.getCamundaFormRef() : null;
            String decisionRef = node instanceof BusinessRuleTask rule ? rule.getCamundaDecisionRef() : null;
            String groups = node instanceof UserTask task ? task.getCamundaCandidateGroups() : null;
            activities.put(node.getId(), new Activity(node.getId(), node.getName(), node.getElementType().getTypeName(),
                    formRef, decisionRef, groups));
        }
        return activities;
    }

    static Diff diff(Map<String, Activity> before, Map<String, Activity> after) {
        List<Activity> added = after.values().stream().filter(a -> !before.containsKey(a.id())).toList();
        List<Activity> removed = before.values().stream().filter(a -> !after.containsKey(a.id())).toList();
        List<Renamed> renamed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (Activity old : before.values()) {
            Activity now = after.get(old.id());
            if (now == null) {
                continue;
            }
            if (!Objects.equals(old.name(), now.name())) {
                renamed.add(new Renamed(old.id(), old.name(), now.name()));
            }
            compare(changed, now, "类型", old.type(), now.type());
            compare(changed, now, "表单", old.formRef(), now.formRef());
            compare(changed, now, "决策表", old.decisionRef(), now.decisionRef());
            compare(changed, now, "候选组", old.candidateGroups(), now.candidateGroups());
        }
        Set<String> formsBefore = refs(before, Activity::formRef);
        Set<String> formsAfter = refs(after, Activity::formRef);
        Set<String> decisionsBefore = refs(before, Activity::decisionRef);
        Set<String> decisionsAfter = refs(after, Activity::decisionRef);
        return new Diff(added, removed, renamed, changed, minus(formsAfter, formsBefore), minus(formsBefore, formsAfter),
                minus(decisionsAfter, decisionsBefore), minus(decisionsBefore, decisionsAfter));
    }

    private static void compare(List<Changed> changed, Activity now, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(new Changed(now.id(), now.name(), what, before, after));
        }
    }

    private static Set<String> refs(Map<String, Activity> activities, java.util.function.Function<Activity, String> ref) {
        return activities.values().stream().map(ref).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    // ---------- the plan ----------

    private record Plan(MigrationPlan plan, List<Instruction> instructions, List<String> problems) {
    }

    private Plan plan(ProcessDefinition from, ProcessDefinition to, Map<String, String> mappings) {
        Map<String, Activity> before = activities(repositoryService.getBpmnModelInstance(from.getId()));
        Map<String, Activity> after = activities(repositoryService.getBpmnModelInstance(to.getId()));
        org.camunda.bpm.engine.migration.MigrationPlanBuilder builder = runtimeService.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities();
        for (Map.Entry<String, String> mapping : (mappings == null ? Map.<String, String>of() : mappings).entrySet()) {
            if (mapping.getValue() == null || mapping.getValue().isBlank()) {
                continue;
            }
            if (!before.containsKey(mapping.getKey())) {
                throw new InvalidInput("mappings：旧版本中没有环节 " + mapping.getKey());
            }
            if (!after.containsKey(mapping.getValue())) {
                throw new InvalidInput("mappings：新版本中没有环节 " + mapping.getValue());
            }
            builder = builder.mapActivities(mapping.getKey(), mapping.getValue());
        }
        try {
            MigrationPlan plan = builder.build();
            return new Plan(plan, instructions(plan, before, after), List.of());
        } catch (MigrationPlanValidationException e) {
            List<String> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
                    problems.add(report.getMigrationInstruction().getSourceActivityId() + " → "
                            + report.getMigrationInstruction().getTargetActivityId() + "：" + failure)));
            return new Plan(null, List.of(), problems);
        }
    }

    private static List<Instruction> instructions(MigrationPlan plan, Map<String, Activity> before, Map<String, Activity> after) {
        List<Instruction> instructions = new ArrayList<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            String target = instruction.getTargetActivityId();
            instructions.add(new Instruction(instruction.getSourceActivityId(), name(before, instruction.getSourceActivityId()),
                    target, name(after, target)));
        }
        instructions.sort(Comparator.comparing(Instruction::source));
        return instructions;
    }

    private static String name(Map<String, Activity> activities, String id) {
        Activity activity = activities.get(id);
        return activity == null || activity.name() == null ? id : activity.name();
    }

    // ---------- dry run and migration ----------

    public record CaseResult(String processInstanceId, String caseNo, List<String> waitingAt, boolean movable, String reason) {
    }

    public record DryRun(String fromDefinitionId, String toDefinitionId, List<String> planProblems, List<CaseResult> cases) {
        public long movable() {
            return cases.stream().filter(CaseResult::movable).count();
        }
    }

    /**
     * Each running case of the old version: movable when every step it waits at is mapped and Camunda accepts its
     * migration (tried in a transaction that is rolled back, so nothing changes); otherwise the reason.
     */
    public DryRun dryRun(String key, int fromVersion, int toVersion, Map<String, String> mappings) {
        ProcessDefinition from = definition(key, fromVersion, "from");
        ProcessDefinition to = definition(key, toVersion, "to");
        Plan plan = plan(from, to, mappings);
        List<CaseResult> cases = new ArrayList<>();
        Set<String> mapped = plan.instructions.stream().map(Instruction::source).collect(Collectors.toSet());
        Map<String, Activity> before = activities(repositoryService.getBpmnModelInstance(from.getId()));
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionId(from.getId())
                .orderByProcessInstanceId().asc().list()) {
            List<String> active = runtimeService.getActiveActivityIds(instance.getId());
            List<String> waitingAt = active.stream().map(id -> name(before, id)).distinct().toList();
            if (plan.plan == null) {
                cases.add(new CaseResult(instance.getId(), instance.getBusinessKey(), waitingAt, false, "迁移计划无效"));
                continue;
            }
            List<String> unmapped = active.stream().filter(id -> !mapped.contains(id)).distinct().toList();
            if (!unmapped.isEmpty()) {
                cases.add(new CaseResult(instance.getId(), instance.getBusinessKey(), waitingAt, false,
                        "停留的环节在新版本中没有对应：" + unmapped.stream().map(id -> name(before, id) + "（" + id + "）")
                                .collect(Collectors.joining("、")) + "；案件留在旧版本办结"));
                continue;
            }
            String failure = tryMigration(plan.plan, instance.getId());
            cases.add(new CaseResult(instance.getId(), instance.getBusinessKey(), waitingAt, failure == null, failure));
        }
        return new DryRun(from.getId(), to.getId(), plan.problems, cases);
    }

    private String tryMigration(MigrationPlan plan, String processInstanceId) {
        String[] failure = new String[1];
        try {
            trial.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
            });
        } catch (MigratingProcessInstanceValidationException e) {
            failure[0] = failures(e);
        } catch (RuntimeException e) {
            failure[0] = e.getMessage();
        }
        return failure[0];
    }

    private static String failures(MigratingProcessInstanceValidationException e) {
        List<String> failures = new ArrayList<>(e.getValidationReport().getFailures());
        e.getValidationReport().getActivityInstanceReports().forEach(r -> failures.addAll(r.getFailures()));
        e.getValidationReport().getTransitionInstanceReports().forEach(r -> failures.addAll(r.getFailures()));
        return failures.isEmpty() ? e.getMessage() : String.join("；", failures);
    }

    public record MigrationStarted(long changeId, String mode, int selected, String batchId) {
    }

    /**
     * Migrates the movable cases. Up to {@code ecopark.redeploy.sync-limit} (20) cases move at once, each in its own
     * transaction, so the admin sees the result immediately and one refused case does not hold the others back; more
     * go as a Camunda batch (one job per case, run by the job executor), so no single transaction holds hundreds of
     * cases and the page shows its progress. {@code mode} "sync" or "batch" forces one.
     */
    public MigrationStarted migrate(String key, int fromVersion, int toVersion, Map<String, String> mappings, String mode) {
        DryRun dryRun = dryRun(key, fromVersion, toVersion, mappings);
        if (!dryRun.planProblems().isEmpty()) {
            throw new InvalidInput("mappings：迁移计划无效：" + String.join("；", dryRun.planProblems()));
        }
        ProcessDefinition from = definition(key, fromVersion, "from");
        ProcessDefinition to = definition(key, toVersion, "to");
        MigrationPlan plan = plan(from, to, mappings).plan;
        List<String> movable = dryRun.cases().stream().filter(CaseResult::movable).map(CaseResult::processInstanceId).toList();
        boolean batch = "batch".equals(mode) || (!"sync".equals(mode) && movable.size() > syncLimit);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.getId());
        details.put("to", to.getId());
        details.put("fromVersion", fromVersion);
        details.put("toVersion", toVersion);
        details.put("mappings", mappings == null ? Map.of() : mappings);
        details.put("mode", batch ? "batch" : "sync");
        details.put("cases", dryRun.cases());
        String actor = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
        String summary = key + " 第" + fromVersion + "版 → 第" + toVersion + "版：" + movable.size() + " 件可迁移，"
                + (dryRun.cases().size() - movable.size()) + " 件留在旧版本";

        if (movable.isEmpty()) {
            long id = changeLog.record(ModelChange.Kind.MIGRATION, actor, to.getDeploymentId(), null, null, List.of(key), summary, details);
            return new MigrationStarted(id, "none", 0, null);
        }
        if (batch) {
            Batch started = runtimeService.newMigration(plan).processInstanceIds(movable).executeAsync();
            details.put("batchId", started.getId());
            long id = changeLog.record(ModelChange.Kind.MIGRATION, actor, to.getDeploymentId(), null, null, List.of(key), summary, details);
            return new MigrationStarted(id, "batch", movable.size(), started.getId());
        }
        Map<String, String> failed = new LinkedHashMap<>();
        for (String processInstanceId : movable) {
            try {
                runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
            } catch (MigratingProcessInstanceValidationException e) {
                failed.put(processInstanceId, failures(e));
            } catch (RuntimeException e) {
                failed.put(processInstanceId, e.getMessage());
            }
        }
        details.put("failed", failed);
        long id = changeLog.record(ModelChange.Kind.MIGRATION, actor, to.getDeploymentId(), null, null, List.of(key), summary, details);
        return new MigrationStarted(id, "sync", movable.size(), null);
    }

    // ---------- the report ----------

    public record CaseOutcome(String processInstanceId, String caseNo, List<String> waitingAt, String outcome, String reason) {
    }

    public record Progress(long totalJobs, long completedJobs, long remainingJobs, long failedJobs, boolean finished) {
    }

    public record Report(ModelChange change, Progress progress, long moved, long notMoved, List<CaseOutcome> cases) {
    }

    /** Where each case of a migration is now: moved (on the new version, running or finished) or still on the old one, and why. */
    public Report report(long changeId) {
        ModelChange change = changeLog.find(changeId);
        if (change == null || change.kind() != ModelChange.Kind.MIGRATION) {
            throw new NotFound("没有编号为 " + changeId + " 的迁移记录");
        }
        var details = change.details();
        String to = details.path("to").asText();
        String batchId = details.path("batchId").asText(null);
        Progress progress = progress(batchId);
        Set<String> ids = new LinkedHashSet<>();
        details.path("cases").forEach(c -> ids.add(c.path("processInstanceId").asText()));
        Map<String, String> definitionNow = new HashMap<>();
        if (!ids.isEmpty()) {
            for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(ids).list()) {
                definitionNow.put(instance.getId(), instance.getProcessDefinitionId());
            }
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                definitionNow.put(instance.getId(), instance.getProcessDefinitionId());
            }
        }
        List<CaseOutcome> cases = new ArrayList<>();
        details.path("cases").forEach(c -> {
            String id = c.path("processInstanceId").asText();
            List<String> waitingAt = new ArrayList<>();
            c.path("waitingAt").forEach(w -> waitingAt.add(w.asText()));
            boolean moved = to.equals(definitionNow.get(id));
            String reason = moved ? null
                    : !c.path("movable").asBoolean() ? c.path("reason").asText()
                    : details.path("failed").has(id) ? details.path("failed").path(id).asText()
                    : progress != null && !progress.finished() ? "批量迁移进行中" : "未迁移（批量作业失败，见 Cockpit 的批处理）";
            cases.add(new CaseOutcome(id, c.path("caseNo").asText(null), waitingAt, moved ? "已迁移" : "未迁移", reason));
        });
        long moved = cases.stream().filter(c -> c.outcome().equals("已迁移")).count();
        return new Report(change, progress, moved, cases.size() - moved, cases);
    }

    private Progress progress(String batchId) {
        if (batchId == null) {
            return null;
        }
        BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            // Camunda deletes a batch when all its jobs are done; its history remains.
            var historic = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
            long total = historic == null ? 0 : historic.getTotalJobs();
            return new Progress(total, total, 0, 0, true);
        }
        return new Progress(statistics.getTotalJobs(), statistics.getCompletedJobs(), statistics.getRemainingJobs(),
                statistics.getFailedJobs(), false);
    }

    public List<ModelChange> changes(String key) {
        return changeLog.latest(key, 100);
    }
}
