package cn.ecopark.flow.timelimit;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.regex.Matcher;

import cn.ecopark.flow.calendar.engine.WorkingDayBusinessCalendar;

/**
 * One mechanism for the time limit of every user task of every workflow, instead of timers drawn in each model:
 * the engine gives each user task a {@link TaskDeadlineListener} (due date, follow-up date, the deadline row) and
 * registers the one sweep job ({@link TimeLimitSweep}) that sends reminders and flags overdue tasks. A user task with
 * a timer boundary event keeps its model's clock (the green channel's statutory limits, the self-check, rectification
 * and statement periods): its due date and its timers are the model's, and the sweep leaves it alone.
 */
@Component
class TimeLimitPlugin extends AbstractProcessEnginePlugin {

    static final String MODEL_TIMED = "ecoparkModelTimed";

    private final TaskDeadlineListener.Factory listeners;
    private final TimeLimitSweep sweep;

    TimeLimitPlugin(@Lazy TaskDeadlineListener.Factory listeners, @Lazy TimeLimitSweep sweep) {
        this.listeners = listeners;
        this.sweep = sweep;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(new TimeLimitSweep.SweepJobHandler(sweep));
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskDeadlineListener listener = listeners.create(activity, modelWorkingDays(definition.getDueDateExpression()));
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                definition.addTaskListener(TaskListener.EVENTNAME_DELETE, listener);
            }

            @Override
            public void parseBoundaryTimerEventDefinition(Element timerEventDefinition, boolean interrupting, ActivityImpl timerActivity) {
                if (timerActivity.getEventScope() instanceof ActivityImpl attached
                        && attached.getActivityBehavior() instanceof UserTaskActivityBehavior) {
                    attached.setProperty(MODEL_TIMED, true);
                }
            }
        });
    }

    /** The model's literal {@code P<n>WD}, or null (no due date, or an expression). */
    private static Integer modelWorkingDays(Expression dueDate) {
        if (dueDate == null) {
            return null;
        }
        Matcher m = WorkingDayBusinessCalendar.NOTATION.matcher(dueDate.getExpressionText().strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
