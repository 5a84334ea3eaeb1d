package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Less history for task-local variables. In this application they are only display copies the system puts on a
 * task for its form (the Show…OnTask listeners: the case's data, opinions, notes), derived from the domain tables
 * and the approval records. Each keeps its historic variable row (what the task showed, which the library's
 * confidentiality tests read), but no historic detail row (the change log "full" adds for every write) and no
 * "deleted" update when its task ends: with ~25 of them on each task those were about a third of a
 * park-application step's statements (issue 16). Process variables keep their full history; the history level
 * stays "full" (changing it would refuse to start against an existing database).
 */
@Component
class TaskDisplayHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
            return; // someone else decides where history goes
        }
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new Database());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
    }

    static boolean onTask(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
    }

    /** Camunda's database handler, less the detail and the deletion of task-local variables. */
    static final class Database extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (onTask(event) && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return event.getTaskId() == null && super.shouldWriteHistoricDetail(event);
        }
    }
}
