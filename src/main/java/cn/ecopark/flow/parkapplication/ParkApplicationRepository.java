package cn.ecopark.flow.parkapplication;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface ParkApplicationRepository extends ListCrudRepository<ParkApplication, Long> {

    Optional<ParkApplication> findByApplicationNo(String applicationNo);

    Optional<ParkApplication> findByProcessInstanceId(String processInstanceId);

    Optional<ParkApplication> findByPlatformApplicationId(String platformApplicationId);

    /** The one column an outbound event needs, without loading the aggregate and its child rows (three per event). */
    @Query("SELECT platform_application_id FROM park_application WHERE application_no = :applicationNo")
    Optional<String> findPlatformApplicationIdByApplicationNo(String applicationNo);

    boolean existsByParkIdAndClosedAtIsNull(Long parkId);

    List<ParkApplication> findByStatus(ApplicationStatus status);
}
