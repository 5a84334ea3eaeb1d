package cn.ecopark.flow.subsidy;

import cn.ecopark.flow.approval.TaskSubmission;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads finance's form fields off a completing task, naming the field in every error. */
final class TaskInput {

    private TaskInput() {
    }

    static BigDecimal amount(DelegateTask task, String field, String label) {
        Object value = TaskSubmission.value(task, field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field + "：" + label + "必须是数字，收到“" + value + "”");
        }
    }

    static LocalDate date(DelegateTask task, String field, String label) {
        Object value = TaskSubmission.value(task, field);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(field + "：请填写" + label);
        }
        String text = value.toString().strip();
        try {
            // Forms submit yyyy-MM-dd; a full timestamp is cut to its date.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + "：" + label + "格式应为 yyyy-MM-dd，收到“" + text + "”");
        }
    }

    static String text(DelegateTask task, String field, String label, int maxLength) {
        Object value = TaskSubmission.value(task, field);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(field + "：请填写" + label);
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw new InvalidInput(field + "：" + label + "不能超过" + maxLength + "字");
        }
        return text;
    }

}
