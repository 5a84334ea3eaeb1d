package cn.ecopark.flow.approval;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/**
 * The record. The plain finders return the steps' decisions only, because every reader of opinions (latest per
 * agency, finished steps, who completed a task) means those; case operations (催办, 延期, 中止 …, see
 * {@link Outcome#caseOperation()}) are read with {@link #findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc}.
 */
public interface ApprovalRecordRepository extends ListCrudRepository<ApprovalRecord, Long> {

    default List<ApprovalRecord> findByProcessInstanceIdOrderByDecidedAtAscIdAsc(String processInstanceId) {
        return decisionsOfInstance(processInstanceId, Outcome.caseOperationCodes());
    }

    default List<ApprovalRecord> findByCaseNoOrderByDecidedAtAscIdAsc(String caseNo) {
        return decisionsOfCase(caseNo, Outcome.caseOperationCodes());
    }

    default List<ApprovalRecord> findByTaskId(String taskId) {
        return decisionsOfTask(taskId, Outcome.caseOperationCodes());
    }

    /** Decisions and case operations, in the order they happened (the approval sheet, the applicant's notices). */
    List<ApprovalRecord> findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(String processInstanceId);

    @Query("SELECT * FROM approval_record WHERE process_instance_id = :id AND outcome NOT IN (:operations) ORDER BY decided_at, id")
    List<ApprovalRecord> decisionsOfInstance(@Param("id") String processInstanceId, @Param("operations") List<String> operations);

    @Query("SELECT * FROM approval_record WHERE case_no = :no AND outcome NOT IN (:operations) ORDER BY decided_at, id")
    List<ApprovalRecord> decisionsOfCase(@Param("no") String caseNo, @Param("operations") List<String> operations);

    @Query("SELECT * FROM approval_record WHERE task_id = :id AND outcome NOT IN (:operations)")
    List<ApprovalRecord> decisionsOfTask(@Param("id") String taskId, @Param("operations") List<String> operations);
}
