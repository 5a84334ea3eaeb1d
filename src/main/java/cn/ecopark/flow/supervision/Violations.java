package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the violation a running case is about, by the id the process carries. */
@Component
class Violations {

    private final ViolationRepository repository;

    Violations(ViolationRepository repository) {
        this.repository = repository;
    }

    Violation of(VariableScope scope) {
        long id = SupervisionVariables.requiredViolationId(scope);
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No violation with id " + id));
    }

    Violation save(Violation violation) {
        return repository.save(violation);
    }
}
