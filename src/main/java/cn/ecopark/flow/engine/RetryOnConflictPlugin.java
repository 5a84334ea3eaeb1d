package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two clerks of a joint review completing their parallel tasks in the same instant both update the case's
 * parent execution; the engine lets one commit and fails the other with an optimistic-lock error
 * (ENGINE-03005) although nothing is wrong with that clerk's request. This outermost interceptor runs the
 * whole top-level command again, up to {@value #ATTEMPTS} times with a short random pause: the failed attempt
 * rolled back entirely (engine state, history and our domain rows share its transaction), so a retry is the
 * same request on fresh data and history keeps exactly one completion. We chose this over an asynchronous
 * continuation at each join: no extra job, no change to the models, no delay before the next step's tasks
 * appear, and Tasklist shows the next task at once.
 *
 * <p>Not retried: a command nested in another (its outer command decides), a command joining a transaction
 * our own code opened (e.g. {@code POST /api/park-applications}: the retry would have to repeat the caller's
 * work too), and job acquisition and execution (the job executor handles its own conflicts).
 *
 * <p>When the retry finds the task gone or taken ("task is null", "already claimed"), the request was stale:
 * it becomes a {@link StaleTask} that names the task and who did it (409), or 404 for a task the caller never had.
 */
@Component
class RetryOnConflictPlugin extends AbstractProcessEnginePlugin {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RetryOnConflictPlugin.class);
    private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id (\\S+?):? task is null");

    private final ObjectProvider<StaleTaskExplainer> explainer;

    RetryOnConflictPlugin(ObjectProvider<StaleTaskExplainer> explainer) {
        this.explainer = explainer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // First in the list = outermost, outside the engine's transaction.
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new RetryOnConflict(explainer));
    }

    static final class RetryOnConflict extends CommandInterceptor {

        private final ObjectProvider<StaleTaskExplainer> explainer;

        RetryOnConflict(ObjectProvider<StaleTaskExplainer> explainer) {
            this.explainer = explainer;
        }

        @Override
        public <T> T execute(Command<T> command) {
            boolean topLevel = Context.getCommandContext() == null
                    && !TransactionSynchronizationManager.isActualTransactionActive();
            for (int attempt = 1; ; attempt++) {
                try {
                    return next.execute(command);
                } catch (RuntimeException e) {
                    if (topLevel && attempt < ATTEMPTS && retryable(command, e)) {
                        LOG.debug("Conflict on {} (attempt {}), running it again: {}", command.getClass().getSimpleName(),
                                attempt, e.getMessage());
                        pause(attempt);
                        continue;
                    }
                    throw topLevel ? explained(e) : e;
                }
            }
        }

        private RuntimeException explained(RuntimeException e) {
            StaleTaskExplainer explain = explainer.getIfAvailable();
            if (explain == null) {
                return e;
            }
            if (e instanceof TaskAlreadyClaimedException claimed) {
                return explain.claimedByOther(claimed.getTaskId(), claimed.getTaskAssignee());
            }
            if (e instanceof AuthorizationException denied) {
                for (MissingAuthorization missing : denied.getMissingAuthorizations()) {
                    if (Resources.TASK.resourceName().equals(missing.getResourceType()) && missing.getResourceId() != null) {
                        java.util.Optional<StaleTask> ended = explain.endedMeanwhile(missing.getResourceId());
                        if (ended.isPresent()) {
                            return ended.get();
                        }
                    }
                }
                return e;
            }
            if (e instanceof NullValueException && e.getMessage() != null) {
                Matcher m = MISSING_TASK.matcher(e.getMessage());
                if (m.find()) {
                    return explain.missing(m.group(1));
                }
            }
            return e;
        }

        private static boolean retryable(Command<?> command, Throwable error) {
            String name = command.getClass().getSimpleName();
            if (name.contains("Job") || name.contains("HistoryCleanup") || name.contains("Schema")) {
                return false;
            }
            return isConflict(error) || lostTreeRace(command, error);
        }

        /**
         * A step with an output mapping is a scope of its own: its execution hangs under the case's. When the other
         * clerk's completion ends that branch in the same instant, this command may load the step's execution with
         * its parent already gone and the engine fails on the missing parent (a NullPointerException inside the
         * engine's history or variable code) instead of an optimistic-lock error. It is the same lost race: running
         * it again finds the task completed and answers the stale-task 409.
         */
        private static boolean lostTreeRace(Command<?> command, Throwable error) {
            return error instanceof NullPointerException
                    && (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd);
        }

        private static void pause(int attempt) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * An optimistic-lock failure, or the database giving up on a lock (deadlock, lock wait timeout, H2's lock
     * timeout): the transaction lost a race and rolled back; running it again is safe.
     */
    static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException
                    || t instanceof org.springframework.dao.OptimisticLockingFailureException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 50200
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
