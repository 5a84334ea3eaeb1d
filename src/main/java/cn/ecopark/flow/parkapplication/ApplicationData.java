package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.IndicatorValues;
import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import cn.ecopark.flow.park.ParkType;

import java.math.BigDecimal;

/** What an applicant fills in: the park (identified by its management committee's 统一社会信用代码), the indicator data of measure 2, contacts and the list of documents. */
public record ApplicationData(
        String creditCode,
        String parkName,
        String city,
        ParkType parkType,
        BigDecimal areaKm2,
        BigDecimal carbonIntensityReductionPct,
        boolean threeLinesCompliant,
        int greenIslandFacilities,
        PlanningEiaStatus planningEiaStatus,
        String planningEiaConclusion,
        String attachmentNames,
        String contactName,
        String contactPhone) implements ParkFilings.Particulars {

    /** The four figures of the notice's items, which the index-system data carries as catalogue items. */
    public IndicatorValues indicators() {
        return new IndicatorValues(carbonIntensityReductionPct, threeLinesCompliant, greenIslandFacilities, planningEiaStatus);
    }
}
