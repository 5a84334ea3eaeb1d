package cn.ecopark.flow.park;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.engine.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What ecology records for a park approved to build or named before the system went live: the identity, the
 * registry's profile and the earlier decisions with their dates and 文号. Bad input names its field.
 */
record ParkRegistration(String creditCode, String catalogueCode, String parkName, String city, ParkType parkType,
                        BigDecimal areaKm2, ParkLevel parkLevel, String boundaries, String leadingIndustries,
                        LocalDate approvedOn, String approvalDocumentNo, LocalDate namedOn, String namingDocumentNo) {

    static final List<String> FIELDS = List.of("creditCode", "catalogueCode", "parkName", "city", "parkType", "areaKm2",
            "parkLevel", "boundaries", "leadingIndustries", "approvedOn", "approvalDocumentNo", "namedOn", "namingDocumentNo");

    // One reading per field; the shared form reader (issue on form guards) may absorb these few lines at merge.
    static ParkRegistration read(Map<String, Object> body, LocalDate today) {
        String creditCode = CreditCode.normalise(text(body, "creditCode", "统一社会信用代码", 30, true));
        CreditCode.problem(creditCode).ifPresent(p -> {
            throw new InvalidInput("creditCode：" + p);
        });
        String catalogueCode = text(body, "catalogueCode", "开发区目录代码", 30, false);
        String name = text(body, "parkName", "园区名称", 100, true);
        String city = text(body, "city", "所在城市", 20, true);
        if (City.byCode(city).isEmpty()) {
            throw new InvalidInput("city：所在城市“" + city + "”不是山东省16个设区市之一");
        }
        ParkType type = ParkType.parse(text(body, "parkType", "园区类型", 20, true))
                .orElseThrow(() -> new InvalidInput("parkType：园区类型只能是 COMPREHENSIVE、SECTORAL 或 VENOUS"));
        BigDecimal area = area(body.get("areaKm2"));
        String levelText = text(body, "parkLevel", "园区级别", 20, false);
        ParkLevel level = levelText == null ? null : ParkLevel.parse(levelText)
                .orElseThrow(() -> new InvalidInput("parkLevel：园区级别只能是 NATIONAL、PROVINCIAL 或 OTHER"));
        String boundaries = text(body, "boundaries", "四至范围", 1000, false);
        String industries = text(body, "leadingIndustries", "主导产业", 500, false);
        LocalDate approvedOn = date(body, "approvedOn", "批准建设日期", today);
        String approvalNo = text(body, "approvalDocumentNo", "批准建设文号", 100, approvedOn != null);
        LocalDate namedOn = date(body, "namedOn", "命名日期", today);
        String namingNo = text(body, "namingDocumentNo", "命名文号", 100, namedOn != null);
        if (approvedOn == null && namedOn == null) {
            throw new InvalidInput("approvedOn：请填写批准建设日期或命名日期（补录系统上线前的园区）");
        }
        if (approvedOn != null && namedOn != null && namedOn.isBefore(approvedOn)) {
            throw new InvalidInput("namedOn：命名日期不能早于批准建设日期");
        }
        return new ParkRegistration(creditCode, catalogueCode, name, city, type, area, level, boundaries, industries,
                approvedOn, approvalNo, namedOn, namingNo);
    }

    private static String text(Map<String, Object> body, String key, String label, int max, boolean required) {
        Object value = body.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new InvalidInput(key + "：请填写" + label);
            }
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > max) {
            throw new InvalidInput(key + "：" + label + "不能超过" + max + "字");
        }
        return text;
    }

    private static BigDecimal area(Object value) {
        try {
            BigDecimal area = new BigDecimal(String.valueOf(value).strip());
            if (area.compareTo(new BigDecimal("0.01")) < 0 || area.compareTo(new BigDecimal("10000")) > 0) {
                throw new InvalidInput("areaKm2：规划面积必须在 0.01 到 10000 之间");
            }
            return area.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new InvalidInput("areaKm2：规划面积必须是数字，收到“" + value + "”");
        }
    }

    private static LocalDate date(Map<String, Object> body, String key, String label, LocalDate today) {
        Object value = body.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.toString().strip());
            if (date.isAfter(today)) {
                throw new InvalidInput(key + "：" + label + "不能晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(key + "：" + label + "应为 yyyy-MM-dd，收到“" + value + "”");
        }
    }
}
