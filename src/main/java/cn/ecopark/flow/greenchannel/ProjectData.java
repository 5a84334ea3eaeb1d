package cn.ecopark.flow.greenchannel;

import java.math.BigDecimal;

/** What the intake (一窗受理) takes about a key construction project; documents are listed by name only. */
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
        String contactPhone) {
}
