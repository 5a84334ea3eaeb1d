package cn.ecopark.flow.taskops;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface CarbonCopyRepository extends ListCrudRepository<CarbonCopy, Long> {

    boolean existsByRecipientAndCaseNo(String recipient, String caseNo);

    List<CarbonCopy> findByRecipientOrderBySentAtDesc(String recipient);

    List<CarbonCopy> findByCaseNoOrderBySentAtAsc(String caseNo);

    Optional<CarbonCopy> findByCopyTaskId(String copyTaskId);
}
