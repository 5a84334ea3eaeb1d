package cn.ecopark.flow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.ecopark.flow.calendar.WorkingDayCalendar;

/** A plain in-memory engine with the plugin, no Spring. */
class WorkingDayEnginePluginTests {

    static ProcessEngine engine;

    @BeforeAll
    static void buildEngine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate("create-drop");
        cfg.setJobExecutorActivate(false);
        cfg.setHistory("full");
        cfg.setProcessEngineName("calendar-test-" + UUID.randomUUID());
        cfg.getProcessEnginePlugins().add(new WorkingDayEnginePlugin(WorkingDayCalendar.load(null)));
        engine = cfg.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void userTaskDueDateAndBoundaryTimerInWorkingDaysSpanNationalDay() {
        now("2026-09-29T10:00:00+08:00");
        deploy(Bpmn.createExecutableProcess("review").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("check").camundaDueDate("P5WD").camundaFollowUpDate("P3WD")
                .boundaryEvent("late").timerWithDuration("P5WD").endEvent("lateEnd")
                .moveToActivity("check").endEvent("done")
                .done());

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("review");

        Task task = task(pi);
        // 30 Sep (1), 1–7 Oct off, 8 (2), 9 (3), Sat 10 调休 (4), 12 Oct (5) → end of 12 Oct
        assertThat(task.getDueDate().toInstant()).isEqualTo(shanghai("2026-10-12T23:59:59+08:00"));
        assertThat(task.getFollowUpDate().toInstant()).isEqualTo(shanghai("2026-10-09T23:59:59+08:00"));
        assertThat(engine.getTaskService().getVariablesLocal(task.getId())).isEmpty();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(shanghai("2026-10-12T23:59:59+08:00"));
    }

    @Test
    void plainIsoDurationsAndDatesKeepTheirMeaning() {
        now("2026-09-29T10:00:00+08:00");
        deploy(Bpmn.createExecutableProcess("plain").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("check").camundaDueDate("P5D").camundaFollowUpDate("2026-10-02T09:30:00")
                .boundaryEvent("reminder").cancelActivity(false).timerWithDuration("PT1H").endEvent("remindEnd")
                .moveToActivity("check").endEvent("done")
                .done());

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("plain");

        Task task = task(pi);
        assertThat(task.getDueDate().toInstant()).isEqualTo(shanghai("2026-10-04T10:00:00+08:00")); // calendar days, holiday or not
        assertThat(task.getFollowUpDate()).isNotNull();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(shanghai("2026-09-29T11:00:00+08:00"));
    }

    @Test
    void limitFromAVariableAndTimerDateInWorkingDays() {
        now("2026-02-12T16:00:00+08:00");
        deploy(Bpmn.createExecutableProcess("variable").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("check").camundaDueDate("P${limitDays}WD")
                .boundaryEvent("late").timerWithDate("P${limitDays}WD").endEvent("lateEnd")
                .moveToActivity("check").endEvent("done")
                .done());

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("variable", Map.of("limitDays", 3));

        // Fri 13 Feb (1), Sat 14 调休 (2), 15–23 Feb 春节, Tue 24 Feb (3)
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(shanghai("2026-02-24T23:59:59+08:00"));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(shanghai("2026-02-24T23:59:59+08:00"));
    }

    @Test
    void dueDateIn2027IsWeekendsOnlyAndTheTaskCarriesTheWarning() {
        now("2026-12-28T09:00:00+08:00");
        deploy(Bpmn.createExecutableProcess("yearEnd").camundaHistoryTimeToLive(1)
                .startEvent().userTask("check").camundaDueDate("P5WD").endEvent().done());

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("yearEnd");

        Task task = task(pi);
        assertThat(task.getDueDate().toInstant()).isEqualTo(shanghai("2027-01-04T23:59:59+08:00"));
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), WorkingDayBusinessCalendar.WARNING_VARIABLE))
                .asString().startsWith("2027 年节假日安排尚未导入，按周末计算");
    }

    @Test
    void timerFiresAfterTheDeadlineDayNotBefore() {
        now("2026-09-29T10:00:00+08:00");
        deploy(Bpmn.createExecutableProcess("escalate").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("check")
                .boundaryEvent("late").timerWithDuration("P5WD").userTask("escalated")
                .moveToActivity("check").endEvent("done")
                .done());
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("escalate");

        now("2026-10-12T17:00:00+08:00");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

        now("2026-10-13T00:00:00+08:00");
        Job due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
        engine.getManagementService().executeJob(due.getId());
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("escalated");
    }

    @Test
    void cycleCalendarIsLeftToTheEngine() {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(cfg.getBusinessCalendarManager()).isInstanceOf(WorkingDayBusinessCalendarManager.class);
        assertThat(cfg.getBusinessCalendarManager().getBusinessCalendar(CycleBusinessCalendar.NAME))
                .isInstanceOf(CycleBusinessCalendar.class);
    }

    private static void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment()
                .addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                        .iterator().next().getId() + ".bpmn", model)
                .deploy();
    }

    private static Task task(ProcessInstance pi) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static void now(String isoOffsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(shanghai(isoOffsetDateTime)));
    }

    private static Instant shanghai(String isoOffsetDateTime) {
        return ZonedDateTime.parse(isoOffsetDateTime).toInstant();
    }
}
