package cn.ecopark.flow.greenchannel;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The three decision tables of the green channel on a plain DMN engine (the same FEEL the process engine
 * uses): each case names the rules it expects to match, and the last test checks every rule was hit.
 */
class GreenChannelDecisionTests {

    private static final List<String> matched = new ArrayList<>();
    private static final Set<String> hit = new LinkedHashSet<>();
    private static final DmnEngine ENGINE = engine();

    private static DmnEngine engine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            matched.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
            hit.addAll(matched);
        }));
        return configuration.buildEngine();
    }

    static DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
        try (InputStream in = GreenChannelDecisionTests.class.getClassLoader().getResourceAsStream("processes/" + key + ".dmn")) {
            DmnDecision decision = ENGINE.parseDecision(key, in);
            return ENGINE.evaluateDecision(decision, inputs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> project(String eia, Boolean consistent, String reform, Boolean foreign, String industry) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("eiaCategory", eia);
        inputs.put("planningEiaConsistent", consistent);
        inputs.put("reformProcedure", reform);
        inputs.put("foreignInvested", foreign);
        inputs.put("industry", industry);
        return inputs;
    }

    // ---- Eligibility ----

    @ParameterizedTest
    @CsvSource({"NAMED,true,Rule_gc_eligibility_01", "APPROVED_TO_BUILD,true,Rule_gc_eligibility_02",
            "NONE,false,Rule_gc_eligibility_03", "APPLYING,false,Rule_gc_eligibility_03", "REVOKED,false,Rule_gc_eligibility_04",
            "STRUCK_OFF,false,Rule_gc_eligibility_05", "SUSPENDED,false,Rule_gc_eligibility_07"})
    void onlyNamedAndApprovedParksEnter(String status, boolean eligible, String rule) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("parkStatus", status);
        DmnDecisionResult result = evaluate("green-channel-eligibility", inputs);
        assertThat(matched).containsExactly(rule);
        assertThat(result.getSingleResult().<Boolean>getEntry("eligible")).isEqualTo(eligible);
        assertThat(result.getSingleResult().<String>getEntry("reason")).satisfies(reason -> {
            if (eligible) {
                assertThat(reason).isEmpty();
            } else {
                assertThat(reason).contains("绿色通道");
            }
        });
    }

    @Test
    void anUnlistedParkIsToldToCheckTheName() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("parkStatus", null);
        DmnDecisionResult result = evaluate("green-channel-eligibility", inputs);
        assertThat(matched).containsExactly("Rule_gc_eligibility_06");
        assertThat(result.getSingleResult().<String>getEntry("reason")).contains("不在全省生态工业园区名录中");
    }

    // ---- Routing (COLLECT) ----

    List<Object> routed(Map<String, Object> project) {
        return evaluate("green-channel-review-routing", project).getResultList().stream()
                .map(row -> (Object) tuple(row.get("agency"), row.get("reviewType"))).toList();
    }

    @Test
    void aForeignGreenTechProjectCoveredByThePlanningEiaGoesToFourAgencies() {
        assertThat(routed(project("FORM", true, "FILING", true, "GREEN_TECHNOLOGY"))).containsExactly(
                tuple("ecology", "EIA_SIMPLIFIED"), tuple("reform", "PROJECT_FILING"),
                tuple("commerce", "FOREIGN_INVESTMENT"), tuple("science", "GREEN_TECHNOLOGY"));
        assertThat(matched).containsExactly("Rule_gc_routing_03", "Rule_gc_routing_06", "Rule_gc_routing_07", "Rule_gc_routing_08");
    }

    @Test
    void aDomesticChemicalProjectOutsideThePlanningEiaNeedsAFullReportAndApproval() {
        assertThat(routed(project("REPORT", false, "APPROVAL", false, "CHEMICAL")))
                .containsExactly(tuple("ecology", "EIA_REPORT"), tuple("reform", "PROJECT_APPROVAL"));
        assertThat(matched).containsExactly("Rule_gc_routing_01", "Rule_gc_routing_05");
    }

    @Test
    void aReportFormOutsideThePlanningEiaIsReviewedInFull() {
        assertThat(routed(project("FORM", false, "FILING", false, "HIGH_TECH")))
                .containsExactly(tuple("ecology", "EIA_FORM"), tuple("reform", "PROJECT_FILING"), tuple("science", "GREEN_TECHNOLOGY"));
        assertThat(matched).containsExactly("Rule_gc_routing_02", "Rule_gc_routing_06", "Rule_gc_routing_08");
    }

    @ParameterizedTest
    @CsvSource({"REGISTRATION", "EXEMPT"})
    void withoutAnEiaDocumentEcologyOnlyChecksEnvironmentalAccess(String category) {
        assertThat(routed(project(category, true, "FILING", false, "LOGISTICS_AND_SERVICES")))
                .containsExactly(tuple("ecology", "ENV_ACCESS"), tuple("reform", "PROJECT_FILING"));
        assertThat(matched).containsExactly("Rule_gc_routing_04", "Rule_gc_routing_06");
    }

    @Test
    void aSimplifiedEiaAppliesToAReportTooWhenThePlanningEiaCoversIt() {
        assertThat(routed(project("REPORT", true, "APPROVAL", false, "OTHER")))
                .containsExactly(tuple("ecology", "EIA_SIMPLIFIED"), tuple("reform", "PROJECT_APPROVAL"));
    }

    // ---- Time limits ----

    @ParameterizedTest
    @CsvSource({"ecology,EIA_REPORT,40,Rule_gc_limit_01", "ecology,EIA_FORM,20,Rule_gc_limit_02",
            "ecology,EIA_SIMPLIFIED,10,Rule_gc_limit_03", "ecology,ENV_ACCESS,6,Rule_gc_limit_04",
            "reform,PROJECT_APPROVAL,20,Rule_gc_limit_05", "reform,PROJECT_FILING,4,Rule_gc_limit_06",
            "commerce,FOREIGN_INVESTMENT,10,Rule_gc_limit_07", "science,GREEN_TECHNOLOGY,10,Rule_gc_limit_08",
            "finance,FUNDING_CHECK,20,Rule_gc_limit_09"})
    void theGreenChannelHalvesEachNormalLimit(String agency, String reviewType, int normal, String rule) {
        Map<String, Object> inputs = Map.of("agency", agency, "reviewType", reviewType);
        var row = evaluate("green-channel-time-limit", inputs).getSingleResult();
        assertThat(matched).containsExactly(rule);
        assertThat(((Number) row.getEntry("normalWorkingDays")).intValue()).isEqualTo(normal);
        assertThat(((Number) row.getEntry("greenChannelWorkingDays")).intValue()).isEqualTo((normal + 1) / 2);
    }

    @ParameterizedTest
    @CsvSource({"green-channel-eligibility", "green-channel-review-routing", "green-channel-time-limit"})
    void tablesAreValidDmnWithAChineseAnnotationOnEveryRule(String file) throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/" + file + ".dmn")) {
            xml = in.readAllBytes();
        }
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Dmn.class.getClassLoader().getResource("org/camunda/bpm/model/dmn/schema/DMN13.xsd"))
                .newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(xml)));
        DmnModelInstance model = Dmn.readModelFromStream(new java.io.ByteArrayInputStream(xml));
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)).singleElement()
                .satisfies(d -> assertThat(d.getId()).isEqualTo(file));
        assertThat(model.getModelElementsByType(Rule.class)).allSatisfy(r ->
                assertThat(r.getDescription().getTextContent()).matches(".*\\p{IsHan}.*"));
    }

    @AfterAll
    static void everyRuleOfEveryTableWasHit() throws IOException {
        List<String> rules = new ArrayList<>();
        for (String file : List.of("green-channel-eligibility", "green-channel-review-routing", "green-channel-time-limit")) {
            try (InputStream in = GreenChannelDecisionTests.class.getClassLoader().getResourceAsStream("processes/" + file + ".dmn")) {
                DmnModelInstance model = Dmn.readModelFromStream(in);
                model.getModelElementsByType(Rule.class).forEach(r -> rules.add(r.getId()));
            }
        }
        assertThat(rules).hasSize(7 + 8 + 9);
        assertThat(hit).as("rules hit by these tests").containsAll(rules);
    }
}
