package cn.ecopark.flow.parkcreation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the creation application a running case is about, by the id the process carries. */
@Component
class ParkCreations {

    static final String PROCESS_KEY = "park-creation";

    private final ParkCreationRepository repository;

    ParkCreations(ParkCreationRepository repository) {
        this.repository = repository;
    }

    ParkCreation of(VariableScope scope) {
        long id = ParkCreationVariables.creationId(scope);
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No park creation with id " + id));
    }

    ParkCreation save(ParkCreation creation) {
        return repository.save(creation);
    }
}
