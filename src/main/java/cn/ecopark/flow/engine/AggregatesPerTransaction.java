package cn.ecopark.flow.engine;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A case's aggregate read once per transaction (issue 16): one step of a case runs several delegates and listeners in
 * one engine command, and each used to load the same aggregate with all its child tables (a green-channel project:
 * five selects, up to three times a step). Within a transaction the aggregate is the one last loaded or saved in it —
 * every save of a cached type, by whatever path, replaces it (Spring Data's save event), a delete forgets it — and
 * the cache ends with the transaction, so a rolled-back or retried command starts from the database again. Outside a
 * transaction every call loads.
 */
@Component
public class AggregatesPerTransaction {

    private final RelationalMappingContext mapping;

    AggregatesPerTransaction(RelationalMappingContext mapping) {
        this.mapping = mapping;
    }

    /** The aggregate of this type and id as this transaction last loaded or saved it, else what the loader finds. */
    public <T> Optional<T> find(Class<T> type, Object id, Supplier<Optional<T>> loader) {
        Map<List<Object>, Object> cache = cache(true);
        if (cache == null) {
            return loader.get();
        }
        List<Object> key = List.of(type, id);
        Object cached = cache.get(key);
        if (cached != null) {
            return Optional.of(type.cast(cached));
        }
        Optional<T> loaded = loader.get();
        loaded.ifPresent(aggregate -> cache.put(key, aggregate));
        return loaded;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        remember(event.getEntity());
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        Map<List<Object>, Object> cache = cache(false);
        if (cache != null) {
            cache.keySet().removeIf(key -> key.get(0) == event.getType());
        }
    }

    private void remember(Object aggregate) {
        Map<List<Object>, Object> cache = cache(false);
        if (cache == null || aggregate == null || cache.keySet().stream().noneMatch(key -> key.get(0) == aggregate.getClass())) {
            return; // only types this transaction reads through here
        }
        Object id = mapping.getRequiredPersistentEntity(aggregate.getClass()).getIdentifierAccessor(aggregate).getIdentifier();
        if (id == null) {
            return;
        }
        cache.put(List.of(aggregate.getClass(), id), aggregate);
    }

    @SuppressWarnings("unchecked")
    private Map<List<Object>, Object> cache(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<List<Object>, Object> cache = (Map<List<Object>, Object>) TransactionSynchronizationManager.getResource(this);
        if (cache == null && create) {
            Map<List<Object>, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AggregatesPerTransaction.this);
                }
            });
            cache = fresh;
        }
        return cache;
    }
}
