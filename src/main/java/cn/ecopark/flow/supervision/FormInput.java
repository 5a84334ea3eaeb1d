package cn.ecopark.flow.supervision;

import cn.ecopark.flow.engine.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reads the text and date fields of the supervision forms and reports, naming the field in every error. */
final class FormInput {

    private FormInput() {
    }

    static String text(Function<String, Object> field, String key, String label, int maxLength) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(key + "：请填写" + label);
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw new InvalidInput(key + "：" + label + "不能超过" + maxLength + "字");
        }
        return text;
    }

    /** A date no later than {@code latest}; forms submit yyyy-MM-dd, a full timestamp is cut to its date. */
    static LocalDate date(Function<String, Object> field, String key, String label, LocalDate latest) {
        String text = text(field, key, label, 30);
        LocalDate date;
        try {
            date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(key + "：" + label + "格式应为 yyyy-MM-dd，收到“" + text + "”");
        }
        if (date.isAfter(latest)) {
            throw new InvalidInput(key + "：" + label + "不能晚于今天（" + latest + "）");
        }
        return date;
    }
}
