package cn.ecopark.flow.taskops;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.CaseOperationLog;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casefile.CaseFile;
import org.springframework.stereotype.Component;

/** Writes each case operation to the approval record, next to the decisions: who, when, which agency, why. */
@Component
class OperationRecords {

    private final CaseOperationLog log;

    OperationRecords(CaseOperationLog log) {
        this.log = log;
    }

    ApprovalRecord record(CaseFile file, String taskId, String stepKey, String stepName, String agency, String actor,
                          Outcome outcome, String comment) {
        return log.record(file.caseType(), file.caseNo(), file.processInstanceId(), new CaseOperationLog.Step(taskId, stepKey, stepName),
                agency == null ? StaffGroup.APPLICANTS : agency, actor, outcome, comment);
    }

    static String reason(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            throw new cn.ecopark.flow.engine.InvalidInput(field + "：请填写" + what);
        }
        String stripped = text.strip();
        if (stripped.length() > 1000) {
            throw new cn.ecopark.flow.engine.InvalidInput(field + "：不能超过1000字");
        }
        return stripped;
    }

    static String optional(String text, String field) {
        return text == null || text.isBlank() ? null : reason(text, field, "");
    }
}
