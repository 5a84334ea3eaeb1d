package cn.ecopark.flow.taskops;

import java.time.Instant;

/**
 * What a workflow does to its own aggregate when a case operation moves its case outside the model's paths: a
 * withdrawal closes it (as a rejection would, see e.g. parkapplication.CloseRejectedApplication), a return puts its
 * stage back. A workflow without a bean keeps its aggregate as it was; the approval record still tells what happened.
 */
public interface CaseOperationHooks {

    /** The process definition key the hooks answer for. */
    String caseType();

    /** The applicant withdrew the case; its process instance is about to end. */
    void withdrawn(String processInstanceId, Instant at, String by, String reason);

    /** The case went back to the user task {@code stepKey} (a return or a take-back). */
    default void returnedTo(String processInstanceId, String stepKey) {
    }
}
