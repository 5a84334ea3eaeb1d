package cn.ecopark.flow.supervision;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.indexsystem.IndexCatalogue;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.indexsystem.IndicatorValues;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a park reports on its self-check or rectification task: the index-system catalogue's data (the same fields
 * the acceptance application has, the four notice figures among them) and a written report. Once read, the fields
 * are removed from the process, which keeps only ids and decisions.
 */
record ParkReport(IndicatorValues figures, String indexValues, String report, String attachmentNames) {

    /** {@code shown}: what the form showed prefilled, which a field the park left out keeps. */
    static ParkReport read(DelegateTask task, IndexCatalogue catalogue, String reportField, String reportLabel,
                           Map<String, Object> shown) {
        FormFields field = FormFields.of(task).orShown(shown);
        IndicatorValues figures = IndicatorValues.read(field);
        ParkReport report = new ParkReport(figures, IndexData.json(IndexData.read(field, catalogue, figures)),
                field.text(reportField, reportLabel, 2000),
                field.text(SupervisionVariables.ATTACHMENT_NAMES, "材料清单", 2000));
        List<String> fields = new ArrayList<>(IndicatorValues.FIELDS);
        fields.addAll(IndexData.fieldNames(catalogue));
        fields.add(reportField);
        fields.add(SupervisionVariables.ATTACHMENT_NAMES);
        task.getExecution().removeVariables(fields);
        return report;
    }
}
