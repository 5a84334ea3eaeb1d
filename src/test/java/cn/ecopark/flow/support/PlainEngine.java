package cn.ecopark.flow.support;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.calendar.engine.WorkingDayEnginePlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The fast tier's process engine: one model (and its decision tables) from processes/ on a plain in-memory engine,
 * no Spring. The beans the model names ({@code ${registerCreation}}) are stand-ins registered by the test; the
 * working-day calendar is the real one, so {@code P3WD} due dates work as in the application.
 *
 * <p>A test class registers it as {@code @RegisterExtension static final PlainEngine plain = PlainEngine.deploying(…)}:
 * the engine is built and handed to camunda-bpm-assert before the class's tests, closed after them, and the calls
 * recorded are cleared before each test.
 */
public final class PlainEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Map<Object, Object> beans = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final String[] resources;
    private ProcessEngine engine;

    private PlainEngine(String... resources) {
        this.resources = resources;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = build();
        BpmnAwareTests.init(engine);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        calls.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        BpmnAwareTests.reset();
        engine.close();
    }

    private ProcessEngine build() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:plain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate("create-drop");
        cfg.setJobExecutorActivate(false);
        cfg.setHistory("full");
        cfg.setProcessEngineName("plain-" + UUID.randomUUID());
        cfg.setBeans(beans);
        cfg.getProcessEnginePlugins().add(new WorkingDayEnginePlugin(WorkingDayCalendar.load(null)));
        // As the application's approval plugin does: a step cancelled before its decision maps out no outcome.
        cfg.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, TaskSubmission.NO_OUTCOME);
            }
        })));
        ProcessEngine engine = cfg.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("fast-tier");
        for (String resource : resources) {
            deployment.addClasspathResource("processes/" + resource);
        }
        deployment.deploy();
        return engine;
    }

    /** An engine with the named models from processes/ deployed, e.g. {@code "park-creation.bpmn"}. */
    public static PlainEngine deploying(String... resources) {
        return new PlainEngine(resources);
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** A bean the model calls, that does nothing but record that it ran (service task or listener alike). */
    public PlainEngine stub(String name) {
        return bean(name, execution -> { }, task -> { });
    }

    /** A service task's bean that sets what the real one would (e.g. {@code eligible}). */
    public PlainEngine delegate(String name, Consumer<DelegateExecution> work) {
        return bean(name, work, task -> { });
    }

    /** A task listener's bean that writes what the real one would (e.g. a tally the decision table reads). */
    public PlainEngine listener(String name, Consumer<DelegateTask> onTask) {
        return bean(name, execution -> { }, onTask);
    }

    /** Any other object the model's expressions call. */
    public PlainEngine object(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    /**
     * Completes the instance's task at this step as the application's decision recorder does: the outcome is left as
     * the step's local {@code decision}, which reaches a gateway only where the model maps it out (Inputs/Outputs).
     * Nothing writes a hidden {@code <step>Decision}, so a gateway reading an unmapped outcome fails here.
     */
    public void decide(ProcessInstance instance, String step, String outcome) {
        decide(task(instance, step), outcome);
    }

    /** The same for one task among several at a step (one agency's review of many). */
    public void decide(Task task, String outcome) {
        engine.getRuntimeService().setVariableLocal(task.getExecutionId(), "decision", outcome);
        engine.getTaskService().complete(task.getId());
    }

    /** Completes a step whose outcome nothing routes on (a report, a notice). */
    public void complete(ProcessInstance instance, String step) {
        engine.getTaskService().complete(task(instance, step).getId());
    }

    /** The one open task of the instance at this step. */
    public Task task(ProcessInstance instance, String step) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step)
                .singleResult();
        if (task == null) {
            throw new AssertionError("No open step " + step + " in " + instance.getId());
        }
        return task;
    }

    /** Fires the timer (or runs the asynchronous continuation) waiting at the activity, whatever its due date. */
    public void fire(ProcessInstance instance, String activity) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult();
        if (job == null) {
            throw new AssertionError("No job at " + activity + " in " + instance.getId());
        }
        engine.getManagementService().executeJob(job.getId());
    }

    /** The bean names called so far, in order. */
    public List<String> calls() {
        return calls;
    }

    private PlainEngine bean(String name, Consumer<DelegateExecution> work, Consumer<DelegateTask> onTask) {
        beans.put(name, new Stand(name, work, onTask));
        return this;
    }

    private final class Stand implements JavaDelegate, ExecutionListener, TaskListener {

        private final String name;
        private final Consumer<DelegateExecution> work;
        private final Consumer<DelegateTask> onTask;

        Stand(String name, Consumer<DelegateExecution> work, Consumer<DelegateTask> onTask) {
            this.name = name;
            this.work = work;
            this.onTask = onTask;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(name);
            work.accept(execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            execute(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            calls.add(name);
            onTask.accept(task);
        }
    }
}
