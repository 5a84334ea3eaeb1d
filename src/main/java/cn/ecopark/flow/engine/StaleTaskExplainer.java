package cn.ecopark.flow.engine;

/**
 * Says in Chinese what became of a task a request names but the engine no longer has for it: done by whom
 * and when (409), claimed by whom (409), or unknown to the caller (404). Implemented where the decisions are
 * recorded; called by {@link RetryOnConflictPlugin} outside any command, as the caller.
 */
public interface StaleTaskExplainer {

    /** The task is not open (any more): completed, cancelled, or never existed. */
    StaleTask missing(String taskId);

    /** Someone else holds the task the caller tried to claim. */
    StaleTask claimedByOther(String taskId, String assignee);
}
