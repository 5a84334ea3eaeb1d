package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.indexsystem.IndexCatalogue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The acceptance application's data against the index-system catalogue. Each catalogue item is a form field named by
 * its code; the four items the notice adds (carbon, 三线一单, 绿岛, 规划环评) come from the fields the application
 * already had. A field left empty is "未填报", which a 必选 item or basic condition counts as not met.
 */
final class IndexForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Catalogue codes that the older application fields carry. */
    static final Map<String, String> NOTICE_ITEMS = Map.of("carbonIntensityReduction", "carbonIntensityReductionPct",
            "threeLinesCompliance", "threeLinesCompliant", "greenIslandFacilities", "greenIslandFacilities",
            "planningEia", "planningEiaStatus");

    private IndexForm() {
    }

    static Map<String, Object> read(FormFields fields, IndexCatalogue catalogue, ApplicationData data) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (IndexCatalogue.Item item : catalogue.items()) {
            if (NOTICE_ITEMS.containsKey(item.code())) {
                continue;
            }
            if (item.direction() == IndexCatalogue.Direction.PRESENT) {
                values.put(item.code(), fields.bool(item.code(), item.name()));
            } else {
                fields.optionalNumber(item.code(), item.name(), BigDecimal.ZERO, new BigDecimal("100000000"))
                        .ifPresent(v -> values.put(item.code(), v));
            }
        }
        values.put("carbonIntensityReduction", data.carbonIntensityReductionPct());
        values.put("threeLinesCompliance", data.threeLinesCompliant());
        values.put("greenIslandFacilities", data.greenIslandFacilities());
        values.put("planningEia", data.planningEiaStatus() == PlanningEiaStatus.DONE_APPROVED);
        return values;
    }

    static String json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> parse(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogue fields of an application, to prefill the correction form. */
    static Map<String, Object> fieldsOf(String json) {
        Map<String, Object> fields = new LinkedHashMap<>(parse(json));
        NOTICE_ITEMS.keySet().forEach(fields::remove);
        return fields;
    }
}
