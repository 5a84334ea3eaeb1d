package cn.ecopark.flow.parkapplication;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface ParkApplicationRepository extends ListCrudRepository<ParkApplication, Long> {

    Optional<ParkApplication> findByApplicationNo(String applicationNo);

    Optional<ParkApplication> findByProcessInstanceId(String processInstanceId);

    Optional<ParkApplication> findByPlatformApplicationId(String platformApplicationId);

    boolean existsByParkIdAndClosedAtIsNull(Long parkId);

    List<ParkApplication> findByStatus(ApplicationStatus status);
}
