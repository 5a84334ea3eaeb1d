package cn.ecopark.flow.indexsystem;

import cn.ecopark.flow.formcontract.FormFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The park's figures for the four items the notice adds to the index system (measure 2: carbon reduction, 三线一单,
 * 绿岛, 规划环评). The acceptance application reports them first; the biennial re-inspection reports them again.
 * {@link IndexData} carries them into the catalogue's items.
 */
public record IndicatorValues(BigDecimal carbonIntensityReductionPct, boolean threeLinesCompliant,
                              int greenIslandFacilities, PlanningEiaStatus planningEiaStatus) {

    public static final List<String> FIELDS = List.of("carbonIntensityReductionPct", "threeLinesCompliant",
            "greenIslandFacilities", "planningEiaStatus");

    /** Reads the four figures from what a form submitted, rejecting bad input with a message naming the field. */
    public static IndicatorValues read(FormFields fields) {
        BigDecimal carbon = fields.number("carbonIntensityReductionPct", "碳排放强度下降率", BigDecimal.ZERO, new BigDecimal("100"));
        boolean threeLines = fields.bool("threeLinesCompliant", "“三线一单”符合性");
        BigDecimal islands = fields.number("greenIslandFacilities", "绿岛共享环保设施数量", BigDecimal.ZERO, new BigDecimal("100"));
        if (islands.stripTrailingZeros().scale() > 0) {
            throw FormFields.invalid("greenIslandFacilities", "绿岛共享环保设施数量必须是整数");
        }
        PlanningEiaStatus eia = PlanningEiaStatus.parse(fields.text("planningEiaStatus", "园区规划环评", 20))
                .orElseThrow(() -> FormFields.invalid("planningEiaStatus", "园区规划环评只能是 DONE_APPROVED、DONE_WITH_ISSUES 或 NOT_DONE"));
        return new IndicatorValues(carbon.setScale(2, RoundingMode.HALF_UP), threeLines, islands.intValueExact(), eia);
    }

    /** The figures as form fields, to prefill a form. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("carbonIntensityReductionPct", carbonIntensityReductionPct.doubleValue());
        fields.put("threeLinesCompliant", threeLinesCompliant);
        fields.put("greenIslandFacilities", greenIslandFacilities);
        fields.put("planningEiaStatus", planningEiaStatus.name());
        return fields;
    }
}
