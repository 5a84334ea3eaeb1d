package cn.ecopark.flow.library;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface LibraryProjectRepository extends ListCrudRepository<LibraryProject, Long> {

    Optional<LibraryProject> findByCityAndParkNameAndProjectName(String city, String parkName, String projectName);
}
