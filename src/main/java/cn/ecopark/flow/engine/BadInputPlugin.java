package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Our listeners and delegates reject bad input with {@link InvalidInput} naming the field. The
 * engine wraps whatever a listener throws (ENGINE-03051), which the REST API would answer with 500. This
 * outermost interceptor, outside the transaction that has already rolled back, hands the original
 * exception on, so Tasklist and REST callers get HTTP 400 with our message.
 */
@Component
class BadInputPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new UnwrapBadInput());
    }

    static final class UnwrapBadInput extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                InvalidInput badInput = badInputIn(e);
                throw badInput != null ? badInput : e;
            }
        }
    }

    static InvalidInput badInputIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput bad) {
                return bad;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
