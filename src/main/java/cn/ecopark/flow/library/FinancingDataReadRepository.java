package cn.ecopark.flow.library;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface FinancingDataReadRepository extends ListCrudRepository<FinancingDataRead, Long> {

    List<FinancingDataRead> findByProjectIdOrderByReadAtAscIdAsc(Long projectId);
}
