package cn.ecopark.flow.library;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.agency.City;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project fields both submit forms share, plus each library's financing request: pollution asks for
 * funds (requestedFunding), green finance for a loan (requestedLoan, loanTermMonths). Amounts in 万元.
 */
public final class ProjectForm {

    public static final List<String> FIELDS = List.of("projectName", "city", "parkName", "projectType", "totalInvestment",
            "readiness", "codReduction", "ammoniaReduction", "noxReduction", "vocsReduction", "projectDescription",
            "contactName", "contactPhone");
    public static final List<String> REQUEST_FIELDS = List.of("requestedFunding", "requestedLoan", "loanTermMonths");

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal MAX_REDUCTION = new BigDecimal("1000000");
    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");

    private ProjectForm() {
    }

    public static ProjectData read(FormFields fields) {
        String projectName = fields.text("projectName", "项目名称", 100);
        String city = fields.text("city", "所在设区市", 20);
        if (City.byCode(city).isEmpty()) {
            throw FormFields.invalid("city", "所在设区市“" + city + "”不是山东省16个设区市之一");
        }
        String parkName = fields.text("parkName", "所在园区", 100);
        ProjectType type = fields.choice("projectType", "项目类型", ProjectType::parse, ProjectType.class);
        BigDecimal investment = fields.amount("totalInvestment", "项目总投资", CENT, MAX_AMOUNT);
        Readiness readiness = fields.choice("readiness", "项目成熟度", Readiness::parse, Readiness.class);
        BigDecimal cod = fields.amount("codReduction", "化学需氧量减排量", BigDecimal.ZERO, MAX_REDUCTION);
        BigDecimal ammonia = fields.amount("ammoniaReduction", "氨氮减排量", BigDecimal.ZERO, MAX_REDUCTION);
        BigDecimal nox = fields.amount("noxReduction", "氮氧化物减排量", BigDecimal.ZERO, MAX_REDUCTION);
        BigDecimal vocs = fields.amount("vocsReduction", "挥发性有机物减排量", BigDecimal.ZERO, MAX_REDUCTION);
        String description = fields.text("projectDescription", "主要建设内容", 2000);
        String contactName = fields.text("contactName", "联系人", 50);
        String contactPhone = fields.text("contactPhone", "联系电话", 20);
        if (!PHONE.matcher(contactPhone).matches()) {
            throw FormFields.invalid("contactPhone", "联系电话格式不正确（手机号11位，或区号-座机号）");
        }
        return new ProjectData(projectName, city, parkName, type, investment, readiness, cod, ammonia, nox, vocs,
                description, contactName, contactPhone);
    }

    /** The financing request of this library's submission; it may not exceed the project's investment. */
    public static FinancingRequest request(Library library, FormFields fields, BigDecimal totalInvestment) {
        String key = library == Library.POLLUTION_PREVENTION ? "requestedFunding" : "requestedLoan";
        String label = library == Library.POLLUTION_PREVENTION ? "申请资金支持额度" : "申请贷款金额";
        BigDecimal amount = fields.amount(key, label, CENT, MAX_AMOUNT);
        if (amount.compareTo(totalInvestment) > 0) {
            throw FormFields.invalid(key, label + "不能超过项目总投资 " + totalInvestment.toPlainString() + " 万元");
        }
        Integer term = library == Library.GREEN_FINANCE ? fields.integer("loanTermMonths", "申请贷款期限", 1, 360) : null;
        return new FinancingRequest(amount, term);
    }

    /** The form fields of a project, as the task forms show them. */
    static Map<String, Object> fieldsOf(ProjectData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("projectName", data.projectName());
        fields.put("parkName", data.parkName());
        fields.put("projectTypeName", data.projectType().chineseName());
        fields.put("totalInvestment", data.totalInvestment().doubleValue());
        fields.put("readinessName", data.readiness().chineseName());
        fields.put("codReduction", data.codReduction().doubleValue());
        fields.put("ammoniaReduction", data.ammoniaReduction().doubleValue());
        fields.put("noxReduction", data.noxReduction().doubleValue());
        fields.put("vocsReduction", data.vocsReduction().doubleValue());
        fields.put("projectDescription", data.description());
        fields.put("contactName", data.contactName());
        fields.put("contactPhone", data.contactPhone());
        return fields;
    }

    public record FinancingRequest(BigDecimal amount, Integer loanTermMonths) {
    }
}
