package cn.ecopark.flow.parkcreation;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface ParkCreationRepository extends ListCrudRepository<ParkCreation, Long> {

    Optional<ParkCreation> findByCaseNo(String caseNo);

    Optional<ParkCreation> findByProcessInstanceId(String processInstanceId);
}
