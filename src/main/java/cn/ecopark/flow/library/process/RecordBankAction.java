package cn.ecopark.flow.library.process;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.library.BankAction;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Records what a bank did on its follow-up task (the bank is the group the task was offered to):
 * PBoC supports with a re-lending quota and a guided rate, CBIRC with supervisory measures (and may allow a
 * term extension), CDB approves a loan with amount, rate, term and any extension; any bank may decline, with
 * its reason. Amounts in 万元 and never above the loan the park asked for.
 */
@Component("recordBankAction")
class RecordBankAction implements TaskListener {

    static final List<String> FIELDS = List.of("amount", "ratePct", "termMonths", "extensionMonths", "measures");
    private static final BigDecimal MAX_RATE = new BigDecimal("20");

    private final LibraryProjects projects;

    RecordBankAction(LibraryProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = TaskSubmission.outcome(task).orElse(null);
        if (outcome == null) {
            return; // the decision listener refuses a missing or unknown decision with its own message
        }
        LibraryProject project = projects.of(task);
        String caseNo = CaseVariables.caseNo(task);
        BigDecimal requested = project.intake(caseNo).getRequestedAmount();
        FormFields fields = FormFields.of(task);
        String bank = bankOf(task);

        BigDecimal amount = null;
        BigDecimal rate = null;
        Integer term = null;
        Integer extension = null;
        String measures = null;
        String reason = null;
        if (outcome == Outcome.DECLINE) {
            reason = fields.optionalText("comment", "不予支持理由", 1000).orElse(null);
        } else if (Agency.PBOC.groupId().equals(bank)) {
            amount = fields.amount("amount", "再贷款支持额度", new BigDecimal("0.01"), requested);
            rate = fields.amount("ratePct", "引导利率", new BigDecimal("0.01"), MAX_RATE);
        } else if (Agency.CBIRC.groupId().equals(bank)) {
            measures = fields.text("measures", "监管支持措施", 1000);
            extension = fields.optionalInteger("extensionMonths", "可延长期限", 1, 120).orElse(null);
        } else {
            amount = fields.amount("amount", "贷款金额", new BigDecimal("0.01"), requested);
            rate = fields.amount("ratePct", "贷款利率", new BigDecimal("0.01"), MAX_RATE);
            term = fields.integer("termMonths", "贷款期限", 1, 360);
            extension = fields.optionalInteger("extensionMonths", "期限延长", 1, 120).orElse(null);
        }
        project.bankActed(new BankAction(caseNo, bank, outcome, amount, rate, term, extension, measures, reason,
                Actor.of(task), AppClock.now()));
        projects.save(project);
        FIELDS.forEach(field -> task.getExecution().removeVariable(field));
    }

    private static String bankOf(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null && Agency.byGroupId(group).isPresent())
                .findFirst().orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " is offered to no bank"));
    }
}
