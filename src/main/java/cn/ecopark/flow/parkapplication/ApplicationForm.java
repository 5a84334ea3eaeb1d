package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.park.CreditCode;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.engine.InvalidInput;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The application form's fields: reads what a form, the REST API or a test submitted, rejecting bad input
 * with a message that names the field (the engine answers it as HTTP 400), and turns an application back
 * into the same fields to prefill the correction form. Its field helpers also read the creation application
 * (park-creation), which files the same park fields. The forms validate too; this is the guard that counts.
 */
public final class ApplicationForm {

    static final List<String> FIELDS = List.of("creditCode", "parkName", "city", "parkType", "areaKm2", "carbonIntensityReductionPct",
            "threeLinesCompliant", "greenIslandFacilities", "planningEiaStatus", "planningEiaConclusion",
            "attachmentNames", "contactName", "contactPhone");

    public static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");

    private ApplicationForm() {
    }

    static ApplicationData read(Function<String, Object> field) {
        String creditCode = CreditCode.normalise(requiredText(field, "creditCode", "园区管委会统一社会信用代码", 30));
        CreditCode.problem(creditCode).ifPresent(problem -> {
            throw invalid("creditCode", problem);
        });
        String parkName = requiredText(field, "parkName", "园区名称", 100);
        String city = requiredText(field, "city", "所在城市", 20);
        if (City.byCode(city).isEmpty()) {
            throw invalid("city", "所在城市“" + city + "”不是山东省16个设区市之一");
        }
        ParkType parkType = ParkType.parse(requiredText(field, "parkType", "园区类型", 20))
                .orElseThrow(() -> invalid("parkType", "园区类型只能是 COMPREHENSIVE、SECTORAL 或 VENOUS"));
        BigDecimal area = number(field, "areaKm2", "规划面积", new BigDecimal("0.01"), new BigDecimal("10000"));
        IndicatorValues indicators = IndicatorValues.read(field);
        String conclusion = optionalText(field, "planningEiaConclusion", "规划环评结论摘要", 2000);
        String attachments = requiredText(field, "attachmentNames", "申报材料清单", 2000);
        String contactName = requiredText(field, "contactName", "联系人", 50);
        String contactPhone = requiredText(field, "contactPhone", "联系电话", 20);
        if (!PHONE.matcher(contactPhone).matches()) {
            throw invalid("contactPhone", "联系电话格式不正确（手机号11位，或区号-座机号）");
        }
        return new ApplicationData(creditCode, parkName, city, parkType, area.setScale(2, java.math.RoundingMode.HALF_UP),
                indicators.carbonIntensityReductionPct(), indicators.threeLinesCompliant(),
                indicators.greenIslandFacilities(), indicators.planningEiaStatus(),
                conclusion, attachments, contactName, contactPhone);
    }

    /** The form fields of an application, to prefill the correction form. */
    static Map<String, Object> fieldsOf(ApplicationData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("creditCode", data.creditCode());
        fields.put("parkName", data.parkName());
        fields.put("city", data.city());
        fields.put("parkType", data.parkType().name());
        fields.put("areaKm2", data.areaKm2().doubleValue());
        fields.put("carbonIntensityReductionPct", data.carbonIntensityReductionPct().doubleValue());
        fields.put("threeLinesCompliant", data.threeLinesCompliant());
        fields.put("greenIslandFacilities", data.greenIslandFacilities());
        fields.put("planningEiaStatus", data.planningEiaStatus().name());
        fields.put("planningEiaConclusion", data.planningEiaConclusion());
        fields.put("attachmentNames", data.attachmentNames());
        fields.put("contactName", data.contactName());
        fields.put("contactPhone", data.contactPhone());
        return fields;
    }

    public static String requiredText(Function<String, Object> field, String key, String label, int maxLength) {
        String value = optionalText(field, key, label, maxLength);
        if (value == null) {
            throw invalid(key, "请填写" + label);
        }
        return value;
    }

    public static String optionalText(Function<String, Object> field, String key, String label, int maxLength) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw invalid(key, label + "不能超过" + maxLength + "字");
        }
        return text;
    }

    public static BigDecimal number(Function<String, Object> field, String key, String label, BigDecimal min, BigDecimal max) {
        Object value = field.apply(key);
        if (value == null || value.toString().isBlank()) {
            throw invalid(key, "请填写" + label);
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
        return number;
    }

    static boolean bool(Function<String, Object> field, String key) {
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
            default -> throw invalid(key, "“三线一单”符合性只能是 true 或 false");
        };
    }

    public static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field + "：" + message);
    }
}
