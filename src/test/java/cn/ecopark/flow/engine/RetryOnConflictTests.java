package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two submits of one form at once: the loser may find the task's grants already gone with the task, and the engine
 * then says "not authorized". That is a stale request (409), not a refusal, but only when the task has really ended.
 */
class RetryOnConflictTests {

    private static final String TASK = "task-1";

    @Test
    void aRefusalOnATaskThatEndedMeanwhileIsAStaleRequest() {
        var interceptor = interceptorWith(Set.of(TASK));
        assertThatThrownBy(() -> interceptor.execute(refusedOn(TASK)))
                .isInstanceOfSatisfying(StaleTask.class, stale -> org.assertj.core.api.Assertions.assertThat(stale.status()).isEqualTo(409))
                .hasMessageContaining("办理完毕");
    }

    @Test
    void aRefusalOnAnOpenTaskStands() {
        var interceptor = interceptorWith(Set.of());
        assertThatThrownBy(() -> interceptor.execute(refusedOn(TASK))).isInstanceOf(AuthorizationException.class);
    }

    /**
     * Two clerks completing mapped steps of one joint review at once: the loser may load its step's execution after the
     * winner ended the branch above it, and the engine fails on the missing parent. Run again, it finds the task done.
     */
    @Test
    void aCompletionThatLostTheTreeToAnotherIsRunAgainAndAnsweredAsStale() {
        AtomicInteger attempts = new AtomicInteger();
        var submit = new SubmitTaskFormCmd(TASK, Map.of(), false, false) {
            @Override
            public VariableMap execute(CommandContext context) {
                if (attempts.incrementAndGet() == 1) {
                    throw new NullPointerException("getParent() is null");
                }
                throw new NullValueException("Cannot find task with id " + TASK + ": task is null");
            }
        };
        assertThatThrownBy(() -> interceptorWith(Set.of()).execute(submit))
                .isInstanceOfSatisfying(StaleTask.class, stale -> assertThat(stale.status()).isEqualTo(409));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aNullPointerElsewhereIsABugNotARace() {
        AtomicInteger attempts = new AtomicInteger();
        Command<Object> other = context -> {
            attempts.incrementAndGet();
            throw new NullPointerException("a bug");
        };
        assertThatThrownBy(() -> interceptorWith(Set.of()).execute(other)).isInstanceOf(NullPointerException.class);
        assertThat(attempts).hasValue(1);
    }

    private static Command<Object> refusedOn(String taskId) {
        return context -> {
            throw new AuthorizationException("ecology-clerk", Permissions.UPDATE.getName(), Resources.TASK.resourceName(), taskId);
        };
    }

    private static CommandInterceptor interceptorWith(Set<String> ended) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("explainer", new StaleTaskExplainer() {
            @Override
            public Optional<StaleTask> endedMeanwhile(String taskId) {
                return ended.contains(taskId) ? Optional.of(missing(taskId)) : Optional.empty();
            }

            @Override
            public StaleTask missing(String taskId) {
                return new StaleTask(409, "任务已办理完毕");
            }

            @Override
            public StaleTask claimedByOther(String taskId, String assignee) {
                return new StaleTask(409, "已由他人认领");
            }
        });
        var interceptor = new RetryOnConflictPlugin.RetryOnConflict(beans.getBeanProvider(StaleTaskExplainer.class));
        interceptor.setNext(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                return command.execute(null);
            }
        });
        return interceptor;
    }
}
