package cn.ecopark.flow.library.process;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import cn.ecopark.flow.library.LibraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Closes an intake that was turned down at any step, with the reason the park then reads on its notice: the
 * entry table's when the project failed the entry conditions, else the reasons of the agencies that refused
 * or did not recommend it.
 */
@Component("closeRefusedIntake")
class CloseRefusedIntake implements JavaDelegate {

    private final LibraryProjects projects;
    private final ApprovalRecordRepository records;

    CloseRefusedIntake(LibraryProjects projects, ApprovalRecordRepository records) {
        this.projects = projects;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LibraryProject project = projects.of(execution);
        String caseNo = CaseVariables.caseNo(execution);
        String reason = LibraryVariables.failedEntryCheck(execution)
                ? project.intake(caseNo).getEntryNote()
                : records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(execution.getProcessInstanceId()).stream()
                        .filter(r -> r.outcome().needsReason())
                        .map(r -> StaffGroup.displayName(r.agency()) + "：" + reasonOf(r))
                        .collect(Collectors.joining("\n"));
        project.refuse(caseNo, reason, AppClock.now());
        projects.save(project);
    }

    private static String reasonOf(ApprovalRecord record) {
        return record.comment() != null ? record.comment() : record.basis();
    }
}
