package cn.ecopark.flow.formcontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a Camunda Form (forms/*.form) declares, nested groups included: those a person fills in
 * ({@link #editable()}) and those it only shows, disabled or read-only ({@link #shown()}: case data a
 * {@link TaskDisplay} computes when the form is read). A client may write the editable ones and nothing else.
 */
public record FormContract(String formId, Set<String> editable, Set<String> shown, Set<String> inExpressions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The contract of a task or start event without a form: nothing may be written. */
    public static FormContract none(String owner) {
        return new FormContract(owner, Set.of(), Set.of(), Set.of());
    }

    public static FormContract parse(InputStream form) {
        try {
            JsonNode root = JSON.readTree(form);
            Set<String> editable = new LinkedHashSet<>();
            Set<String> shown = new LinkedHashSet<>();
            collect(root.path("components"), editable, shown);
            Set<String> names = new LinkedHashSet<>();
            expressionNames(root, names);
            return new FormContract(root.path("id").asText(null), Collections.unmodifiableSet(editable),
                    Collections.unmodifiableSet(shown), Collections.unmodifiableSet(names));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable Camunda Form: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, Set<String> editable, Set<String> shown) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null && !key.isBlank()) {
                boolean displayOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
                (displayOnly ? shown : editable).add(key);
            }
            collect(component.path("components"), editable, shown);
        }
    }

    /** Every name a FEEL expression of the form ("=…": hide conditions, labels) mentions. */
    private static void expressionNames(JsonNode node, Set<String> names) {
        if (node.isTextual() && node.asText().startsWith("=")) {
            Matcher name = NAME.matcher(node.asText());
            while (name.find()) {
                names.add(name.group());
            }
        }
        node.forEach(child -> expressionNames(child, names));
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Whether the form reads this variable: a field of it, or a name its expressions use. */
    public boolean reads(String variable) {
        return declares(variable) || inExpressions.contains(variable);
    }

    public boolean declares(String field) {
        return editable.contains(field) || shown.contains(field);
    }
}
