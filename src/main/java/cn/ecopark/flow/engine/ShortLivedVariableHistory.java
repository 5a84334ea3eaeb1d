package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * A variable that is created and removed within one command leaves no history (issue 16): Camunda's full history
 * writes a historic variable row, a detail row for its creation and one for its removal, and updates the historic
 * row to "deleted", for every form field a clerk submits, though the field lives only until the step's listeners have
 * read it into the case (approval records, the park application, the subsidy) and removed it in the same
 * transaction. Those rows were a third of a park-application case's statements and recorded nothing the case does
 * not keep: who decided what and why is the approval record.
 *
 * <p>The rows are dropped before they are written, from the command's own entity cache: only rows inserted by this
 * command are dropped, so a variable that outlived one command (and any variable that is never removed) keeps its
 * full history, and the history level stays {@code full}.
 */
@Component
class ShortLivedVariableHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Handler());
    }

    /** Camunda's database history handler, forgetting variables born and removed in the same command. */
    static class Handler extends DbHistoryEventHandler {

        @Override
        protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
            if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) && forgetBornInThisCommand(event)) {
                return;
            }
            super.insertHistoricVariableUpdateEntity(event);
        }

        /** Drops the variable's pending history rows if this command inserted them; false if they are already written. */
        private boolean forgetBornInThisCommand(HistoricVariableUpdateEventEntity removal) {
            DbEntityManager db = getDbEntityManager();
            DbEntityCache cache = db.getDbEntityCache();
            String variable = removal.getVariableInstanceId();
            HistoricVariableInstanceEntity instance = db.getCachedEntity(HistoricVariableInstanceEntity.class, variable);
            if (instance == null || !cache.isTransient(instance)) {
                return false;
            }
            db.delete(instance); // a row to insert, now deleted: neither is sent
            forgetBytes(db, instance.getByteArrayId());
            // By the cache's key class: asked for the subclass, Camunda's cache finds none.
            for (HistoricDetailEventEntity cached : db.getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
                if (cached instanceof HistoricVariableUpdateEventEntity detail && variable.equals(detail.getVariableInstanceId())
                        && cache.isTransient(detail)) {
                    db.delete(detail);
                    forgetBytes(db, detail.getByteArrayId());
                }
            }
            return true;
        }

        /** A serialized value (JSON) is a row of its own. */
        private static void forgetBytes(DbEntityManager db, String id) {
            ByteArrayEntity bytes = id == null ? null : db.getCachedEntity(ByteArrayEntity.class, id);
            if (bytes != null && db.getDbEntityCache().isTransient(bytes)) {
                db.delete(bytes);
            }
        }
    }
}
