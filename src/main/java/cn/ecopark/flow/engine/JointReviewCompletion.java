package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The completion condition of a multi-instance joint review,
 * {@code ${jointReviewRule.reached(execution, '<element id>')}}: the element's declared {@link JointReviewRule} decides
 * whether the members that have decided ({@code nrOfCompletedInstances}) are enough of {@code nrOfInstances} (which a
 * 加签 raises). The model is read from the engine's deployment cache.
 */
@Component("jointReviewRule")
public class JointReviewCompletion {

    public boolean reached(DelegateExecution execution, String elementId) {
        JointReviewRule rule = ruleOf(execution, elementId);
        return rule.reached(count(execution, "nrOfCompletedInstances"), count(execution, "nrOfInstances"));
    }

    static JointReviewRule ruleOf(DelegateExecution execution, String elementId) {
        String declared = JointReviewRule.declaredOn(execution.getProcessEngineServices().getRepositoryService()
                        .getBpmnModelInstance(execution.getProcessDefinitionId()).getModelElementById(elementId))
                .orElseThrow(() -> new IllegalStateException(elementId + " declares no " + JointReviewRule.PROPERTY));
        return JointReviewRule.parse(declared);
    }

    private static int count(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
