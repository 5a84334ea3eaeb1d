package cn.ecopark.flow.library;

import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkStatus;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the project a running case is about (and its case number) by what the process carries. */
@Component
public class LibraryProjects {

    private final LibraryProjectRepository repository;
    private final ParkRepository parks;

    LibraryProjects(LibraryProjectRepository repository, ParkRepository parks) {
        this.repository = repository;
        this.parks = parks;
    }

    public LibraryProject of(VariableScope scope) {
        long id = LibraryVariables.projectId(scope);
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No library project with id " + id));
    }

    /** The standing of the project's park; a park the system does not know is neither approved to build nor named. */
    public ParkStatus parkStatus(LibraryProject project) {
        return project.getParkId() == null ? ParkStatus.NONE
                : parks.findById(project.getParkId()).map(Park::getStatus).orElse(ParkStatus.NONE);
    }

    public LibraryProject save(LibraryProject project) {
        return repository.save(project);
    }
}
