package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.IndicatorValues;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.park.CreditCode;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.formcontract.FormFields;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The application form's fields: reads what a form, the REST API or a test submitted through the shared
 * {@link FormFields} reader, rejecting bad input with a message that names the field (HTTP 400), and turns an
 * application back into the same fields to prefill the correction form. The forms validate too; this is the
 * guard that counts.
 */
public final class ApplicationForm {

    static final List<String> FIELDS = List.of("creditCode", "parkName", "city", "parkType", "areaKm2", "carbonIntensityReductionPct",
            "threeLinesCompliant", "greenIslandFacilities", "planningEiaStatus", "planningEiaConclusion",
            "attachmentNames", "contactName", "contactPhone");

    public static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");

    private ApplicationForm() {
    }

    static ApplicationData read(FormFields fields) {
        String creditCode = CreditCode.normalise(fields.text("creditCode", "园区管委会统一社会信用代码", 30));
        CreditCode.problem(creditCode).ifPresent(problem -> {
            throw FormFields.invalid("creditCode", problem);
        });
        String parkName = fields.text("parkName", "园区名称", 100);
        String city = fields.text("city", "所在城市", 20);
        if (City.byCode(city).isEmpty()) {
            throw FormFields.invalid("city", "所在城市“" + city + "”不是山东省16个设区市之一");
        }
        ParkType parkType = ParkType.parse(fields.text("parkType", "园区类型", 20))
                .orElseThrow(() -> FormFields.invalid("parkType", "园区类型只能是 COMPREHENSIVE、SECTORAL 或 VENOUS"));
        BigDecimal area = fields.number("areaKm2", "规划面积", new BigDecimal("0.01"), new BigDecimal("10000"));
        IndicatorValues indicators = IndicatorValues.read(fields);
        String conclusion = fields.optionalText("planningEiaConclusion", "规划环评结论摘要", 2000).orElse(null);
        String attachments = fields.text("attachmentNames", "申报材料清单", 2000);
        String contactName = fields.text("contactName", "联系人", 50);
        String contactPhone = fields.text("contactPhone", "联系电话", 20);
        if (!PHONE.matcher(contactPhone).matches()) {
            throw FormFields.invalid("contactPhone", "联系电话格式不正确（手机号11位，或区号-座机号）");
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
}
