package cn.ecopark.flow.library;

import java.math.BigDecimal;

/**
 * What a park declares about a project, whichever library it applies to. Investment in 万元, expected
 * emission cuts in tonnes a year of the four pollutants under total-amount control (COD, ammonia nitrogen,
 * nitrogen oxides, VOCs).
 */
public record ProjectData(
        String projectName,
        String city,
        String parkName,
        ProjectType projectType,
        BigDecimal totalInvestment,
        Readiness readiness,
        BigDecimal codReduction,
        BigDecimal ammoniaReduction,
        BigDecimal noxReduction,
        BigDecimal vocsReduction,
        String description,
        String contactName,
        String contactPhone) {

    public BigDecimal totalReduction() {
        return codReduction.add(ammoniaReduction).add(noxReduction).add(vocsReduction);
    }
}
