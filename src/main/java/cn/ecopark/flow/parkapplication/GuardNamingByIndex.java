package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.approval.Actor;
import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Issue 10: a basic condition or 必选 indicator the catalogue finds not met blocks naming at 确认命名建议, unless
 * ecology names anyway with the decision's 文号 and a reason, which the application keeps and the sheet shows.
 * A refused approval answers 400 naming the field; nothing is stored.
 */
@Component("guardNamingByIndex")
class GuardNamingByIndex implements TaskListener {

    private final ParkApplications cases;

    GuardNamingByIndex(ParkApplications cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormFields fields = FormFields.of(task);
        Optional<String> documentNo = fields.optionalText("indexOverrideNo", "指标体系未达标时的命名决定文号", 100);
        Optional<String> reason = fields.optionalText("indexOverrideReason", "予以命名的理由", 1000);
        ParkApplication application = cases.of(task);
        // The 文号 and reason live on the application, not as process variables.
        task.getExecution().removeVariables(java.util.List.of("indexOverrideNo", "indexOverrideReason"));
        if (!"APPROVE".equals(String.valueOf(TaskSubmission.value(task, TaskSubmission.DECISION))) || !application.indexBlocksNaming()) {
            if (documentNo.isPresent() && application.indexBlocksNaming()) {
                throw new InvalidInput("indexOverrideNo：只有决定予以命名时才填写命名决定文号");
            }
            return;
        }
        if (documentNo.isEmpty()) {
            throw new InvalidInput("indexOverrideNo：指标体系未达标（" + application.getIndexBlocking().replace("\n", "；")
                    + "），不得命名；确需命名的，须填写省生态环境厅决定文号和理由");
        }
        if (reason.isEmpty()) {
            throw new InvalidInput("indexOverrideReason：指标体系未达标时予以命名，须填写理由");
        }
        application.indexOverridden(documentNo.get(), reason.get(), Actor.of(task));
        cases.save(application);
    }
}
