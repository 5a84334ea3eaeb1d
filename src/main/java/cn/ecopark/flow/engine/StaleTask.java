package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A request about a task that is no longer there for the caller: completed or claimed by someone else
 * (409, the message names the task and who), or never known to the caller (404). Raised by
 * {@link RetryOnConflictPlugin} after the engine's own "task is null" or "already claimed" failure.
 */
public class StaleTask extends ProcessEngineException {

    private final int status;

    public StaleTask(int status, String message) {
        super(message);
        this.status = status;
    }

    /** HTTP status: 404 (unknown to the caller) or 409 (done or taken by someone else). */
    public int status() {
        return status;
    }
}
