package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.engine.InvalidInput;

import java.math.BigDecimal;
import java.util.function.Function;

/** Reads one submitted field (form, REST, test) and refuses bad input with a message naming the field. */
final class FieldReader {

    private FieldReader() {
    }

    static String requiredText(Function<String, Object> field, String key, String label, int maxLength) {
        String value = optionalText(field, key, label, maxLength);
        if (value == null) {
            throw new InvalidInput(key + "：请填写" + label);
        }
        return value;
    }

    static String optionalText(Function<String, Object> field, String key, String label, int maxLength) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw new InvalidInput(key + "：" + label + "不能超过" + maxLength + "字");
        }
        return text;
    }

    static BigDecimal number(Function<String, Object> field, String key, String label) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInput(key + "：请填写" + label);
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(key + "：" + label + "必须是数字，收到“" + value + "”");
        }
    }

    static int wholeNumber(Function<String, Object> field, String key, String label, int min, int max) {
        BigDecimal number = number(field, key, label);
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInput(key + "：" + label + "必须是 " + min + " 到 " + max + " 之间的整数");
        }
        return number.intValueExact();
    }

    static boolean bool(Function<String, Object> field, String key, String label) {
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
            default -> throw new InvalidInput(key + "：" + label + "只能是 true 或 false");
        };
    }
}
