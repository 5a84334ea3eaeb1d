package cn.ecopark.flow.library.process;

import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.library.FundingTranche;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjects;
import cn.ecopark.flow.library.Priority;
import cn.ecopark.flow.library.ProjectForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finance's decision on a mature project (measure 11): the funding priority it confirms and, when it
 * arranges funds, up to three tranches (万元, with the date each is to be issued). Arranging less than the
 * park asked for is partial funding; more is refused. A refusal (REJECT) records nothing here.
 */
@Component("recordPollutionFunding")
class RecordPollutionFunding implements TaskListener {

    static final int MAX_TRANCHES = 3;
    static final List<String> FIELDS = List.of("priority", "tranche1Amount", "tranche1Date", "tranche2Amount",
            "tranche2Date", "tranche3Amount", "tranche3Date");

    private final LibraryProjects projects;

    RecordPollutionFunding(LibraryProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = TaskSubmission.outcome(task).orElse(null);
        boolean fund = outcome == Outcome.FUND;
        if (fund || outcome == Outcome.NO_FUND) {
            FormFields fields = FormFields.of(task);
            Priority priority = fields.choice("priority", "资金支持优先级", Priority::parse, Priority.class);
            if (priority == Priority.RESERVE) {
                throw FormFields.invalid("priority", "条件成熟的项目只能确定为“优先支持”或“一般支持”");
            }
            LibraryProject project = projects.of(task);
            String caseNo = CaseVariables.caseNo(task);
            List<FundingTranche> tranches = fund ? tranches(fields, caseNo, Actor.of(task)) : List.of();
            BigDecimal requested = project.intake(caseNo).getRequestedAmount();
            BigDecimal total = tranches.stream().map(FundingTranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(requested) > 0) {
                throw FormFields.invalid("tranche1Amount", "各批次资金合计 " + total.toPlainString() + " 万元，超过申请额度 "
                        + requested.toPlainString() + " 万元");
            }
            project.fundingDecided(caseNo, priority, tranches);
            projects.save(project);
        }
        FIELDS.forEach(field -> task.getExecution().removeVariable(field));
    }

    private static List<FundingTranche> tranches(FormFields fields, String caseNo, String actor) {
        Instant now = AppClock.now();
        List<FundingTranche> tranches = new ArrayList<>();
        for (int seq = 1; seq <= MAX_TRANCHES; seq++) {
            String label = "第" + seq + "批";
            Optional<BigDecimal> amount = fields.optionalAmount("tranche" + seq + "Amount", label + "资金",
                    new BigDecimal("0.01"), ProjectForm.MAX_AMOUNT);
            Optional<LocalDate> on = fields.optionalDate("tranche" + seq + "Date", label + "计划下达日期");
            if (amount.isEmpty() && on.isEmpty()) {
                continue;
            }
            if (amount.isEmpty()) {
                throw FormFields.invalid("tranche" + seq + "Amount", "请填写" + label + "资金金额");
            }
            if (on.isEmpty()) {
                throw FormFields.invalid("tranche" + seq + "Date", "请填写" + label + "资金计划下达日期");
            }
            tranches.add(new FundingTranche(caseNo, seq, amount.get(), on.get(), actor, now));
        }
        if (tranches.isEmpty()) {
            throw FormFields.invalid("tranche1Amount", "安排资金时请至少填写第1批资金金额和计划下达日期");
        }
        return tranches;
    }
}
