package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the project a running case is about, by the id the process carries. */
@Component
class GreenChannelProjects {

    static final String PROJECT_ID = "projectId";

    private final GreenChannelProjectRepository repository;

    GreenChannelProjects(GreenChannelProjectRepository repository) {
        this.repository = repository;
    }

    GreenChannelProject of(VariableScope scope) {
        Object id = scope.getVariable(PROJECT_ID);
        if (id == null) {
            throw new IllegalStateException("The process carries no " + PROJECT_ID);
        }
        return repository.findById(((Number) id).longValue())
                .orElseThrow(() -> new IllegalStateException("No green-channel project with id " + id));
    }

    /** The agency whose review this scope belongs to (the element variable of the parallel review). */
    static String agencyOf(VariableScope scope) {
        Object agency = scope.getVariable(GreenChannelPendingReviews.ELEMENT_VARIABLE);
        if (agency == null) {
            throw new IllegalStateException("Not inside an agency's review: no variable " + GreenChannelPendingReviews.ELEMENT_VARIABLE);
        }
        return agency.toString();
    }

    GreenChannelProject save(GreenChannelProject project) {
        return repository.save(project);
    }
}
