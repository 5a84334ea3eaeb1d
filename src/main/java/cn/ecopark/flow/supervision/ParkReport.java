package cn.ecopark.flow.supervision;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.parkapplication.IndicatorValues;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.ArrayList;
import java.util.List;

/**
 * What a park reports on its self-check or rectification task: its figures against the index system and a
 * written report. Once read, the fields are removed from the process, which keeps only ids and decisions.
 */
record ParkReport(IndicatorValues figures, String report, String attachmentNames) {

    static ParkReport read(DelegateTask task, String reportField, String reportLabel) {
        FormFields field = FormFields.of(task);
        ParkReport report = new ParkReport(IndicatorValues.read(field),
                field.text(reportField, reportLabel, 2000),
                field.text("attachmentNames", "材料清单", 2000));
        List<String> fields = new ArrayList<>(IndicatorValues.FIELDS);
        fields.add(reportField);
        fields.add("attachmentNames");
        task.getExecution().removeVariables(fields);
        return report;
    }
}
