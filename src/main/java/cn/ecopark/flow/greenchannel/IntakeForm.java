package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.engine.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The intake form's fields, read from the start form, the REST API or a test: bad input is refused with a
 * message naming the field. The form validates too; this is the guard that counts.
 */
final class IntakeForm {

    static final List<String> FIELDS = List.of("projectName", "investor", "parkName", "city", "investmentWan", "industry",
            "foreignInvested", "reformProcedure", "eiaCategory", "planningEiaConsistent", "documentNames",
            "contactName", "contactPhone", "projectCode", "keyProjectBasis", "keyProjectDocNo");

    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
    /** Letters, digits and hyphens: the code as the online approval platform issued it (its layout is not checked here). */
    private static final Pattern PROJECT_CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z-]{5,39}$");
    private static final BigDecimal MAX_INVESTMENT_WAN = new BigDecimal("100000000");

    private IntakeForm() {
    }

    static ProjectData read(Function<String, Object> field) {
        String projectName = FieldReader.requiredText(field, "projectName", "项目名称", 100);
        String projectCode = FieldReader.requiredText(field, "projectCode", "项目代码", 40);
        if (!PROJECT_CODE.matcher(projectCode).matches()) {
            throw new InvalidInput("projectCode：项目代码只能由字母、数字和连字符组成（6–40位），请照投资项目在线审批监管平台赋予的代码填写");
        }
        KeyProjectBasis keyBasis = choice(field, "keyProjectBasis", "重点建设项目认定依据", KeyProjectBasis::parse,
                KeyProjectBasis.values());
        String keyDocNo = FieldReader.optionalText(field, "keyProjectDocNo", "重点项目名单文号", 100);
        if (keyBasis != KeyProjectBasis.NONE && keyDocNo == null) {
            throw new InvalidInput("keyProjectDocNo：" + keyBasis.chineseName() + "时须填写名单的文号");
        }
        String investor = FieldReader.requiredText(field, "investor", "建设单位（投资主体）", 100);
        String parkName = FieldReader.requiredText(field, "parkName", "所在园区", 100);
        String city = FieldReader.requiredText(field, "city", "所在设区市", 20);
        if (City.byCode(city).isEmpty()) {
            throw new InvalidInput("city：所在设区市“" + city + "”不是山东省16个设区市之一");
        }
        BigDecimal investment = FieldReader.number(field, "investmentWan", "总投资");
        if (investment.signum() <= 0 || investment.compareTo(MAX_INVESTMENT_WAN) > 0) {
            throw new InvalidInput("investmentWan：总投资必须大于 0 且不超过 100000000 万元");
        }
        Industry industry = choice(field, "industry", "所属行业", Industry::parse, Industry.values());
        boolean foreign = FieldReader.bool(field, "foreignInvested", "是否外商投资");
        ReformProcedure reform = choice(field, "reformProcedure", "投资项目管理方式", ReformProcedure::parse,
                ReformProcedure.values());
        EiaCategory eia = choice(field, "eiaCategory", "环评类别", EiaCategory::parse, EiaCategory.values());
        boolean consistent = FieldReader.bool(field, "planningEiaConsistent", "是否符合园区规划环评结论");
        String documents = FieldReader.requiredText(field, "documentNames", "申报材料清单", 2000);
        String contactName = FieldReader.requiredText(field, "contactName", "联系人", 50);
        String contactPhone = FieldReader.requiredText(field, "contactPhone", "联系电话", 20);
        if (!PHONE.matcher(contactPhone).matches()) {
            throw new InvalidInput("contactPhone：联系电话格式不正确（手机号11位，或区号-座机号）");
        }
        return new ProjectData(projectName, investor, parkName, city, investment.setScale(2, RoundingMode.HALF_UP),
                industry, foreign, reform, eia, consistent, documents, contactName, contactPhone, projectCode, keyBasis,
                keyBasis == KeyProjectBasis.NONE ? null : keyDocNo);
    }

    private static <E extends Enum<E>> E choice(Function<String, Object> field, String key, String label,
                                                Function<String, Optional<E>> parse, E[] values) {
        String value = FieldReader.requiredText(field, key, label, 40);
        return parse.apply(value).orElseThrow(() -> new InvalidInput(key + "：" + label + "只能是 "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining("、")) + "，收到“" + value + "”"));
    }
}
