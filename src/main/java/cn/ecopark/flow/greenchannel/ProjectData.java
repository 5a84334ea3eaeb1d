package cn.ecopark.flow.greenchannel;

import java.math.BigDecimal;

/**
 * What the intake (一窗受理) takes about a key construction project; documents are listed by name only.
 * {@code projectCode} is the national investment project code (项目代码); the key-project basis and its 文号
 * say why the project counts as a 重点建设项目 under measure 15.
 */
public record ProjectData(
        String projectName,
        String investor,
        String parkName,
        String city,
        BigDecimal investmentWan,
        Industry industry,
        boolean foreignInvested,
        ReformProcedure reformProcedure,
        EiaCategory eiaCategory,
        boolean planningEiaConsistent,
        String documentNames,
        String contactName,
        String contactPhone,
        String projectCode,
        KeyProjectBasis keyProjectBasis,
        String keyProjectDocNo) {
}
