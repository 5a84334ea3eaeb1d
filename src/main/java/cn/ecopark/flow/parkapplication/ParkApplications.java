package cn.ecopark.flow.parkapplication;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the application a running case is about, by the id the process carries. */
@Component
class ParkApplications {

    private final ParkApplicationRepository repository;

    ParkApplications(ParkApplicationRepository repository) {
        this.repository = repository;
    }

    ParkApplication of(VariableScope scope) {
        long id = ParkApplicationVariables.applicationId(scope);
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No park application with id " + id));
    }

    ParkApplication save(ParkApplication application) {
        return repository.save(application);
    }
}
