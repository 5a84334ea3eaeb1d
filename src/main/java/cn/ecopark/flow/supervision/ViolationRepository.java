package cn.ecopark.flow.supervision;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface ViolationRepository extends ListCrudRepository<Violation, Long> {

    boolean existsByParkIdAndClosedAtIsNull(Long parkId);

    List<Violation> findByParkIdOrderByIdAsc(Long parkId);

    Optional<Violation> findByProcessInstanceId(String processInstanceId);

    Optional<Violation> findByCaseNo(String caseNo);
}
