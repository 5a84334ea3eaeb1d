package cn.ecopark.flow.subsidy;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface SubsidyRepository extends ListCrudRepository<Subsidy, Long> {

    Optional<Subsidy> findByApplicationNo(String applicationNo);

    List<Subsidy> findByParkId(Long parkId);
}
