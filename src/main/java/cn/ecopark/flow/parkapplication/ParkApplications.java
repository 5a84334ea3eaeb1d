package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.engine.AggregatesPerTransaction;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the application a running case is about, by the id the process carries. */
@Component
class ParkApplications {

    private final ParkApplicationRepository repository;
    private final AggregatesPerTransaction perTransaction;

    ParkApplications(ParkApplicationRepository repository, AggregatesPerTransaction perTransaction) {
        this.repository = repository;
        this.perTransaction = perTransaction;
    }

    /** Read once per transaction: a step's delegates and listeners each ask for it. */
    ParkApplication of(VariableScope scope) {
        long id = ParkApplicationVariables.applicationId(scope);
        return perTransaction.find(ParkApplication.class, id, () -> repository.findById(id))
                .orElseThrow(() -> new IllegalStateException("No park application with id " + id));
    }

    ParkApplication save(ParkApplication application) {
        return repository.save(application);
    }
}
