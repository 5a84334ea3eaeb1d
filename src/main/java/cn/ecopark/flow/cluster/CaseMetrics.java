package cn.ecopark.flow.cluster;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.security.EngineAsSystem;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an operator watches across the cluster, read from the shared database when asked (so every node
 * reports the same figures): open and overdue tasks per agency and city bureau, failing jobs, jobs out of
 * retries and open incidents. At {@code /actuator/metrics/ecopark.tasks.open?tag=group:ecology} and so on,
 * for managers and administrators only.
 */
@Component
class CaseMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final EngineAsSystem system;

    CaseMetrics(TaskService tasks, ManagementService management, RuntimeService runtime, EngineAsSystem system) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.system = system;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        List<String[]> groups = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            groups.add(new String[] {agency.groupId(), agency.shortName()});
        }
        for (City city : City.values()) {
            groups.add(new String[] {city.groupId(), city.bureauName()});
        }
        for (String[] group : groups) {
            gauge(registry, "ecopark.tasks.open", "在办任务数", group, () -> tasks.createTaskQuery()
                    .taskCandidateGroup(group[0]).includeAssignedTasks().count());
            gauge(registry, "ecopark.tasks.overdue", "超期任务数", group, () -> tasks.createTaskQuery()
                    .taskCandidateGroup(group[0]).includeAssignedTasks().dueBefore(Date.from(AppClock.now())).count());
        }
        Gauge.builder("ecopark.jobs.failing", () -> count(() -> management.createJobQuery().withException().count()))
                .description("出错后等待重试或已无重试次数的作业").register(registry);
        Gauge.builder("ecopark.jobs.no-retries", () -> count(() -> management.createJobQuery().noRetriesLeft().count()))
                .description("重试次数用尽的作业（已生成事件）").register(registry);
        Gauge.builder("ecopark.incidents.open", () -> count(() -> runtime.createIncidentQuery().count()))
                .description("未解决的事件（Cockpit 可见、可重试）").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String[] group, Supplier<Long> value) {
        Gauge.builder(name, () -> count(value)).description(description).tag("group", group[0]).tag("name", group[1])
                .register(registry);
    }

    /** Counts over every case, whoever asks; a database that does not answer gives NaN, not an error page. */
    private double count(Supplier<Long> query) {
        try {
            return system.call(query);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
