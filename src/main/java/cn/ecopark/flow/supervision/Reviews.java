package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the review a running case is about, by the id the process carries. */
@Component
class Reviews {

    private final ReviewRepository repository;

    Reviews(ReviewRepository repository) {
        this.repository = repository;
    }

    Review of(VariableScope scope) {
        long id = SupervisionVariables.reviewId(scope);
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No review with id " + id));
    }

    Review save(Review review) {
        return repository.save(review);
    }
}
