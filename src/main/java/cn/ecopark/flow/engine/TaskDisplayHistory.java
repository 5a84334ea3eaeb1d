package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * No history for task-local variables. In this application they are only display copies the system puts on a
 * task for its form (the Show…OnTask listeners: the case's data, opinions, notes), derived from the domain tables
 * and the approval records that keep the real history. With history level "full" each of them cost two history
 * rows and an update on top of its runtime row — about a third of every park-application step (issue 16).
 * Process variables, tasks, activities and decisions keep their full history; the history level stays "full".
 */
@Component
class TaskDisplayHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler database = configuration.getHistoryEventHandler() != null ? configuration.getHistoryEventHandler()
                : configuration.isEnableDefaultDbHistoryEventHandler()
                ? new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())
                : new CompositeHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new WithoutTaskDisplay(database));
    }

    static boolean isTaskDisplay(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
    }

    private record WithoutTaskDisplay(HistoryEventHandler next) implements HistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isTaskDisplay(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
