package cn.ecopark.flow.indexsystem;

import cn.ecopark.flow.formcontract.FormFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A park's data against the index-system catalogue, as the acceptance application and the biennial re-inspection's
 * self-check and rectification report collect it. Each catalogue item is a form field named by its code; the four
 * items the notice adds (carbon, 三线一单, 绿岛, 规划环评) come from the four figures both forms already had
 * ({@link IndicatorValues}). A field left empty is "未填报", which a 必选 item or basic condition counts as not met.
 */
public final class IndexData {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Catalogue codes that the four notice figures carry. */
    static final Map<String, String> NOTICE_ITEMS = Map.of("carbonIntensityReduction", "carbonIntensityReductionPct",
            "threeLinesCompliance", "threeLinesCompliant", "greenIslandFacilities", "greenIslandFacilities",
            "planningEia", "planningEiaStatus");

    private IndexData() {
    }

    /** Reads the catalogue's fields from a submitted form, rejecting bad input with a message naming the field. */
    public static Map<String, Object> read(FormFields fields, IndexCatalogue catalogue, IndicatorValues notice) {
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
        values.put("carbonIntensityReduction", notice.carbonIntensityReductionPct());
        values.put("threeLinesCompliance", notice.threeLinesCompliant());
        values.put("greenIslandFacilities", notice.greenIslandFacilities());
        values.put("planningEia", notice.planningEiaStatus() == PlanningEiaStatus.DONE_APPROVED);
        return values;
    }

    /** The catalogue's item codes: the form fields to clear from the process once read. */
    public static List<String> fieldNames(IndexCatalogue catalogue) {
        return catalogue.items().stream().map(IndexCatalogue.Item::code).toList();
    }

    public static String json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> parse(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogue fields of stored data, to prefill a form (the notice figures have their own fields). */
    public static Map<String, Object> fieldsOf(String json) {
        Map<String, Object> fields = new LinkedHashMap<>(parse(json));
        NOTICE_ITEMS.keySet().forEach(fields::remove);
        return fields;
    }
}
