package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.park.CreditCode;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.parkapplication.ApplicationForm;
import cn.ecopark.flow.parkapplication.ParkFilings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static cn.ecopark.flow.formcontract.FormFields.invalid;

/** What a park files to be approved to build: its identity, profile, build plan and contacts. */
record CreationData(String creditCode, String parkName, String city, ParkType parkType, BigDecimal areaKm2,
                    String buildPlanSummary, String attachmentNames, String contactName, String contactPhone)
        implements ParkFilings.Particulars {

    static final List<String> FIELDS = List.of("creditCode", "parkName", "city", "parkType", "areaKm2",
            "buildPlanSummary", "attachmentNames", "contactName", "contactPhone");

    /** Reads the start form with the park application's field helpers (same messages, same limits). */
    static CreationData read(FormFields field) {
        String creditCode = CreditCode.normalise(field.text("creditCode", "园区管委会统一社会信用代码", 30));
        CreditCode.problem(creditCode).ifPresent(problem -> {
            throw invalid("creditCode", problem);
        });
        String parkName = field.text("parkName", "园区名称", 100);
        String city = field.text("city", "所在城市", 20);
        if (City.byCode(city).isEmpty()) {
            throw invalid("city", "所在城市“" + city + "”不是山东省16个设区市之一");
        }
        ParkType parkType = ParkType.parse(field.text("parkType", "园区类型", 20))
                .orElseThrow(() -> invalid("parkType", "园区类型只能是 COMPREHENSIVE、SECTORAL 或 VENOUS"));
        BigDecimal area = field.number("areaKm2", "规划面积", new BigDecimal("0.01"), new BigDecimal("10000"));
        String plan = field.text("buildPlanSummary", "建设规划概要", 4000);
        String attachments = field.text("attachmentNames", "申请材料清单", 2000);
        String contactName = field.text("contactName", "联系人", 50);
        String contactPhone = field.text("contactPhone", "联系电话", 20);
        if (!ApplicationForm.PHONE.matcher(contactPhone).matches()) {
            throw invalid("contactPhone", "联系电话格式不正确（手机号11位，或区号-座机号）");
        }
        return new CreationData(creditCode, parkName, city, parkType, area.setScale(2, RoundingMode.HALF_UP), plan,
                attachments, contactName, contactPhone);
    }
}
