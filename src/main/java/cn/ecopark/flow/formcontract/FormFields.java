package cn.ecopark.flow.formcontract;

import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one reader of submitted fields for every workflow: a start form's variables, a completing task's submission,
 * a REST body. Bad input is refused with a Chinese message that starts with the field's key ("areaKm2：规划面积必须在…"),
 * which the engine and our API answer as HTTP 400. The forms check too; this is the check that counts.
 * <p>
 * Read off a task or a start event, it also holds the code to the form: asking for a field the form does not declare
 * is a programming error, so the form file stays the contract that {@code EngineCommandGuard} enforces on clients.
 */
public final class FormFields {

    private final Function<String, Object> field;
    private final FormContract contract;

    public FormFields(Function<String, Object> field) {
        this(field, null);
    }

    private FormFields(Function<String, Object> field, FormContract contract) {
        this.field = field;
        this.contract = contract;
    }

    /** What the person completing the task submitted, held to the task's form. */
    public static FormFields of(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        FormContract contract = context != null && task instanceof TaskEntity entity ? FormContracts.ofTask(entity, context) : null;
        return new FormFields(name -> submitted(task, name), contract);
    }

    /**
     * What the person completing a task submitted under one name. Submitted fields land in the process scope (what a
     * form shows is not a task variable: {@link TaskDisplay}); a value set locally on the task by the system (a 退回
     * note) is read when the process has none.
     */
    public static Object submitted(DelegateTask task, String name) {
        DelegateExecution execution = task.getExecution();
        if (execution != null && execution.hasVariable(name)) {
            return execution.getVariable(name);
        }
        return task.getVariableLocal(name);
    }

    /** The variables a process was started with, held to its start form. */
    public static FormFields ofStart(DelegateExecution execution) {
        CommandContext context = Context.getCommandContext();
        FormContract contract = null;
        if (context != null && execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
            contract = FormContracts.ofStart(entity.getProcessDefinition(), context);
        }
        return new FormFields(execution::getVariable, contract);
    }

    /**
     * The same reader, where a field the client did not send reads as the value the form showed in it (a correction
     * form is prefilled with the whole application): a client may send only what it changed, and an optional field
     * it left out keeps its value instead of being cleared. Tasklist sends every field it shows anyway.
     */
    public FormFields orShown(Map<String, ?> shown) {
        return new FormFields(name -> {
            Object value = field.apply(name);
            return value != null ? value : shown.get(name);
        }, contract);
    }

    private Object raw(String key) {
        if (contract != null && !contract.declares(key)) {
            throw new IllegalStateException("The form " + contract.formId() + " declares no field " + key
                    + ": add it to the form or stop reading it");
        }
        return field.apply(key);
    }

    public String text(String key, String label, int maxLength) {
        return optionalText(key, label, maxLength).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    public Optional<String> optionalText(String key, String label, int maxLength) {
        Object value = raw(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw invalid(key, label + "不能超过" + maxLength + "字");
        }
        return Optional.of(text);
    }

    /** A required number, as submitted (no bounds, no rounding). */
    public BigDecimal number(String key, String label) {
        return optionalNumber(key, label).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    public Optional<BigDecimal> optionalNumber(String key, String label) {
        Object value = raw(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.toString().strip()));
        } catch (NumberFormatException e) {
            throw invalid(key, label + "必须是数字，收到“" + value + "”");
        }
    }

    /** A required number within [min, max], as submitted. */
    public BigDecimal number(String key, String label, BigDecimal min, BigDecimal max) {
        return optionalNumber(key, label, min, max).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    public Optional<BigDecimal> optionalNumber(String key, String label, BigDecimal min, BigDecimal max) {
        return optionalNumber(key, label).map(number -> {
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                throw invalid(key, label + "必须在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间");
            }
            return number;
        });
    }

    /** A required amount within [min, max], kept to two decimals. */
    public BigDecimal amount(String key, String label, BigDecimal min, BigDecimal max) {
        return optionalAmount(key, label, min, max).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    public Optional<BigDecimal> optionalAmount(String key, String label, BigDecimal min, BigDecimal max) {
        return optionalNumber(key, label, min, max).map(number -> number.setScale(2, RoundingMode.HALF_UP));
    }

    public int integer(String key, String label, int min, int max) {
        return optionalInteger(key, label, min, max).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    public Optional<Integer> optionalInteger(String key, String label, int min, int max) {
        return optionalNumber(key, label).map(number -> {
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw invalid(key, label + "必须是 " + min + " 到 " + max + " 之间的整数");
            }
            return number.intValueExact();
        });
    }

    /** A checkbox: absent or empty is false. */
    public boolean bool(String key, String label) {
        Object value = raw(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip()) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw invalid(key, label + "只能是 true 或 false");
        };
    }

    /** One of an enum's codes, parsed by the enum's own parser. */
    public <E extends Enum<E>> E choice(String key, String label, Function<String, Optional<E>> parse, Class<E> type) {
        String value = text(key, label, 40);
        return parse.apply(value).orElseThrow(() -> invalid(key, label + "只能是 " + String.join("、",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + "，收到“" + value + "”"));
    }

    public LocalDate date(String key, String label) {
        return optionalDate(key, label).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    /** Forms submit yyyy-MM-dd; a full timestamp is cut to its date. */
    public Optional<LocalDate> optionalDate(String key, String label) {
        return optionalText(key, label, 40).map(text -> {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw invalid(key, label + "格式应为 yyyy-MM-dd，收到“" + text + "”");
            }
        });
    }

    /** A date no later than {@code latest} (today, for something that has happened). */
    public LocalDate dateNotAfter(String key, String label, LocalDate latest) {
        LocalDate date = date(key, label);
        if (date.isAfter(latest)) {
            throw invalid(key, label + "不能晚于今天（" + latest + "）");
        }
        return date;
    }

    public static InvalidInput invalid(String key, String message) {
        return new InvalidInput(key + "：" + message);
    }
}
