package cn.ecopark.flow.supervision;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface SanctionProcedureRepository extends ListCrudRepository<SanctionProcedure, Long> {

    List<SanctionProcedure> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);
}
