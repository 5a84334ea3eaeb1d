package cn.ecopark.flow.engine;

/**
 * Says in Chinese what became of a task a request names but the engine no longer has for it: done by whom
 * and when (409), claimed by whom (409), or unknown to the caller (404). Implemented where the decisions are
 * recorded; called by {@link RetryOnConflictPlugin} outside any command, as the caller.
 */
public interface StaleTaskExplainer {

    /** The task is not open (any more): completed, cancelled, or never existed. */
    StaleTask missing(String taskId);

    /**
     * The caller was refused a task that has ended meanwhile: its per-task grants went with it, so the engine says
     * "not authorized" where the truth is "already done" (two submits of one form at once). Empty while the task is
     * still open: then the refusal stands.
     */
    java.util.Optional<StaleTask> endedMeanwhile(String taskId);

    /** Someone else holds the task the caller tried to claim. */
    StaleTask claimedByOther(String taskId, String assignee);
}
