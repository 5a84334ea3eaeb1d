package cn.ecopark.flow.library;

import cn.ecopark.flow.engine.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields a form, the REST API or a test submitted (a start form's process variables, or a
 * completing task's submission via TaskSubmission.reader), refusing bad input with a Chinese message that
 * names the field. The forms check too; this is the check that counts.
 */
final class Fields {

    private final Function<String, Object> field;

    Fields(Function<String, Object> field) {
        this.field = field;
    }

    String text(String key, String label, int maxLength) {
        return optionalText(key, label, maxLength).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    Optional<String> optionalText(String key, String label, int maxLength) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw invalid(key, label + "不能超过" + maxLength + "字");
        }
        return Optional.of(text);
    }

    /** A required amount within [min, max], kept to two decimals. */
    BigDecimal amount(String key, String label, BigDecimal min, BigDecimal max) {
        return optionalAmount(key, label, min, max).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    Optional<BigDecimal> optionalAmount(String key, String label, BigDecimal min, BigDecimal max) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw invalid(key, label + "必须是数字，收到“" + value + "”");
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw invalid(key, label + "必须在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间");
        }
        return Optional.of(number.setScale(2, RoundingMode.HALF_UP));
    }

    int integer(String key, String label, int min, int max) {
        return optionalInteger(key, label, min, max).orElseThrow(() -> invalid(key, "请填写" + label));
    }

    Optional<Integer> optionalInteger(String key, String label, int min, int max) {
        return optionalAmount(key, label, BigDecimal.valueOf(min), BigDecimal.valueOf(max)).map(number -> {
            if (number.stripTrailingZeros().scale() > 0) {
                throw invalid(key, label + "必须是整数");
            }
            return number.intValue();
        });
    }

    boolean bool(String key, String label) {
        Object value = field.apply(key);
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

    <E extends Enum<E>> E choice(String key, String label, Function<String, Optional<E>> parse, Class<E> type) {
        String value = text(key, label, 40);
        return parse.apply(value).orElseThrow(() -> invalid(key, label + "只能是 " + String.join("、",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + "，收到“" + value + "”"));
    }

    Optional<LocalDate> optionalDate(String key, String label) {
        return optionalText(key, label, 40).map(text -> {
            try {
                // Forms submit yyyy-MM-dd; a full timestamp is cut to its date.
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw invalid(key, label + "格式应为 yyyy-MM-dd，收到“" + text + "”");
            }
        });
    }

    static InvalidInput invalid(String key, String message) {
        return new InvalidInput(key + "：" + message);
    }
}
