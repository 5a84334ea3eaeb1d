package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.engine.AggregatesPerTransaction;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the project a running case is about, by the id the process carries. */
@Component
public class GreenChannelProjects {

    private final GreenChannelProjectRepository repository;
    private final AggregatesPerTransaction perTransaction;

    GreenChannelProjects(GreenChannelProjectRepository repository, AggregatesPerTransaction perTransaction) {
        this.repository = repository;
        this.perTransaction = perTransaction;
    }

    /** Read once per transaction: a step's delegates and listeners each ask for it. */
    public GreenChannelProject of(VariableScope scope) {
        long id = GreenChannelVariables.projectId(scope);
        return perTransaction.find(GreenChannelProject.class, id, () -> repository.findById(id))
                .orElseThrow(() -> new IllegalStateException("No green-channel project with id " + id));
    }

    /** Kept for {@code ShowGreenChannelOnTask}; read {@link GreenChannelVariables#agency} instead. */
    static String agencyOf(VariableScope scope) {
        return GreenChannelVariables.agency(scope);
    }

    public GreenChannelProject save(GreenChannelProject project) {
        return repository.save(project);
    }
}
