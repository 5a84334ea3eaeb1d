package cn.ecopark.flow.approval;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes decision recording impossible to forget: every user task the engine parses gets a
 * {@link RecordDecisionListener} on completion, configured with the outcomes the step allows, and
 * {@link CaseReadAccess} on creation, so the agency it is offered to can read that case, and
 * {@link TaskSubmission#NO_OUTCOME} when it ends without a decision. A model
 * declares those on the task as the extension property {@code outcomes} (comma-separated {@link Outcome} codes).
 */
@Component
class DecisionRecordingPlugin extends AbstractProcessEnginePlugin {

    static final String OUTCOMES_PROPERTY = "outcomes";
    private static final CaseReadAccess CASE_READ_ACCESS = new CaseReadAccess();

    private final ApprovalRecordRepository records;
    private final ApplicationEventPublisher events;

    DecisionRecordingPlugin(ApprovalRecordRepository records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                List<Outcome> outcomes = declaredOutcomes(userTaskElement, activity.getId());
                var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE, CASE_READ_ACCESS);
                // Built in: it runs even where an admin's cancellation skips the model's own listeners.
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, TaskSubmission.NO_OUTCOME);
                taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, new RecordDecisionListener(outcomes, records, events));
            }
        });
    }

    static List<Outcome> declaredOutcomes(Element userTaskElement, String activityId) {
        Element extensions = userTaskElement.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties != null) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                if (OUTCOMES_PROPERTY.equals(property.attribute("name"))) {
                    return Arrays.stream(property.attribute("value").split(","))
                            .map(String::strip)
                            .map(code -> Outcome.parse(code).orElseThrow(() -> new IllegalArgumentException(
                                    "User task " + activityId + " declares unknown outcome " + code)))
                            .toList();
                }
            }
        }
        throw new IllegalArgumentException("User task " + activityId + " must declare the camunda property '"
                + OUTCOMES_PROPERTY + "' (the decisions its form offers)");
    }
}
