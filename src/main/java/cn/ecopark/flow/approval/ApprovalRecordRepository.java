package cn.ecopark.flow.approval;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface ApprovalRecordRepository extends ListCrudRepository<ApprovalRecord, Long> {

    List<ApprovalRecord> findByProcessInstanceIdOrderByDecidedAtAscIdAsc(String processInstanceId);

    List<ApprovalRecord> findByCaseNoOrderByDecidedAtAscIdAsc(String caseNo);

    List<ApprovalRecord> findByTaskId(String taskId);
}
