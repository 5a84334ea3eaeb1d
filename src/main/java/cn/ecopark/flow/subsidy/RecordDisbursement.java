package cn.ecopark.flow.subsidy;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a payment of the awarded subsidy; more than what is still outstanding is refused. Several payments until
 * the award is paid out: {@link SubsidyBalance} tells the model whether to come back to this step.
 */
@Component("recordDisbursement")
class RecordDisbursement implements TaskListener {

    static final List<String> FIELDS = List.of("disbursedAmount", "disbursedOn", "voucherNo");

    private final SubsidyRepository subsidies;

    RecordDisbursement(SubsidyRepository subsidies) {
        this.subsidies = subsidies;
    }

    @Override
    public void notify(DelegateTask task) {
        Subsidy subsidy = subsidies.findByApplicationNo(CaseVariables.caseNo(task)).orElseThrow();
        FormFields fields = FormFields.of(task);
        BigDecimal amount = fields.optionalNumber("disbursedAmount", "拨付金额").orElse(null);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInput("disbursedAmount：请填写大于0的拨付金额");
        }
        if (amount.compareTo(subsidy.outstanding()) > 0) {
            throw new InvalidInput("disbursedAmount：拨付金额超过核定未拨付余额 "
                    + subsidy.outstanding().toPlainString() + " 元");
        }
        LocalDate on = fields.date("disbursedOn", "拨付日期");
        String voucherNo = fields.text("voucherNo", "拨付凭证号", 50);
        subsidy.disburse(new Disbursement(amount, on, voucherNo, Actor.of(task), AppClock.now()));
        subsidies.save(subsidy);
        FIELDS.forEach(field -> task.getExecution().removeVariable(field));
    }
}
