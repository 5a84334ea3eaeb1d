package cn.ecopark.flow.greenchannel.process;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.greenchannel.EiaCategory;
import cn.ecopark.flow.greenchannel.Industry;
import cn.ecopark.flow.greenchannel.KeyProjectBasis;
import cn.ecopark.flow.greenchannel.ProjectData;
import cn.ecopark.flow.greenchannel.ReformProcedure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

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

    static ProjectData read(FormFields fields) {
        String projectName = fields.text("projectName", "项目名称", 100);
        String projectCode = fields.text("projectCode", "项目代码", 40);
        if (!PROJECT_CODE.matcher(projectCode).matches()) {
            throw new InvalidInput("projectCode：项目代码只能由字母、数字和连字符组成（6–40位），请照投资项目在线审批监管平台赋予的代码填写");
        }
        KeyProjectBasis keyBasis = fields.choice("keyProjectBasis", "重点建设项目认定依据", KeyProjectBasis::parse,
                KeyProjectBasis.class);
        String keyDocNo = fields.optionalText("keyProjectDocNo", "重点项目名单文号", 100).orElse(null);
        if (keyBasis != KeyProjectBasis.NONE && keyDocNo == null) {
            throw new InvalidInput("keyProjectDocNo：" + keyBasis.chineseName() + "时须填写名单的文号");
        }
        String investor = fields.text("investor", "建设单位（投资主体）", 100);
        String parkName = fields.text("parkName", "所在园区", 100);
        String city = fields.text("city", "所在设区市", 20);
        if (City.byCode(city).isEmpty()) {
            throw new InvalidInput("city：所在设区市“" + city + "”不是山东省16个设区市之一");
        }
        BigDecimal investment = fields.number("investmentWan", "总投资");
        if (investment.signum() <= 0 || investment.compareTo(MAX_INVESTMENT_WAN) > 0) {
            throw new InvalidInput("investmentWan：总投资必须大于 0 且不超过 100000000 万元");
        }
        Industry industry = fields.choice("industry", "所属行业", Industry::parse, Industry.class);
        boolean foreign = fields.bool("foreignInvested", "是否外商投资");
        ReformProcedure reform = fields.choice("reformProcedure", "投资项目管理方式", ReformProcedure::parse, ReformProcedure.class);
        EiaCategory eia = fields.choice("eiaCategory", "环评类别", EiaCategory::parse, EiaCategory.class);
        boolean consistent = fields.bool("planningEiaConsistent", "是否符合园区规划环评结论");
        String documents = fields.text("documentNames", "申报材料清单", 2000);
        String contactName = fields.text("contactName", "联系人", 50);
        String contactPhone = fields.text("contactPhone", "联系电话", 20);
        if (!PHONE.matcher(contactPhone).matches()) {
            throw new InvalidInput("contactPhone：联系电话格式不正确（手机号11位，或区号-座机号）");
        }
        return new ProjectData(projectName, investor, parkName, city, investment.setScale(2, RoundingMode.HALF_UP),
                industry, foreign, reform, eia, consistent, documents, contactName, contactPhone, projectCode, keyBasis,
                keyBasis == KeyProjectBasis.NONE ? null : keyDocNo);
    }
}
