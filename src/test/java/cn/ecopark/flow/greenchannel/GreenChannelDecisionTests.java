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
    @CsvSource({"NAMED,PROVINCIAL_KEY_LIST,true,Rule_gc_eligibility_01", "NAMED,MUNICIPAL_KEY_LIST,true,Rule_gc_eligibility_01",
            "APPROVED_TO_BUILD,PROVINCIAL_KEY_LIST,true,Rule_gc_eligibility_02",
            "NAMED,NONE,false,Rule_gc_eligibility_08", "APPROVED_TO_BUILD,NONE,false,Rule_gc_eligibility_08",
            "NONE,PROVINCIAL_KEY_LIST,false,Rule_gc_eligibility_03", "APPLYING,PROVINCIAL_KEY_LIST,false,Rule_gc_eligibility_03",
            "REVOKED,PROVINCIAL_KEY_LIST,false,Rule_gc_eligibility_04",
            "STRUCK_OFF,PROVINCIAL_KEY_LIST,false,Rule_gc_eligibility_05", "SUSPENDED,PROVINCIAL_KEY_LIST,false,Rule_gc_eligibility_07"})
    void onlyKeyProjectsOfNamedAndApprovedParksEnter(String status, String keyProjectBasis, boolean eligible, String rule) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("parkStatus", status);
        inputs.put("keyProjectBasis", keyProjectBasis);
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
        inputs.put("keyProjectBasis", "PROVINCIAL_KEY_LIST");
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
    void aForeignGreenTechProjectGoesToFourAgenciesAndTheSimplifiedEiaIsTheNormalReview() {
        assertThat(routed(project("FORM", true, "FILING", true, "GREEN_TECHNOLOGY"))).containsExactly(
                tuple("ecology", "EIA_FORM"), tuple("reform", "PROJECT_FILING"),
                tuple("commerce", "FOREIGN_INVESTMENT"), tuple("science", "GREEN_TECHNOLOGY"));
        assertThat(matched).containsExactly("Rule_gc_routing_02", "Rule_gc_routing_06", "Rule_gc_routing_07", "Rule_gc_routing_08");
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aReportIsReviewedAsAReportWhetherOrNotThePlanningEiaCoversIt(boolean consistent) {
        assertThat(routed(project("REPORT", consistent, "APPROVAL", false, "CHEMICAL")))
                .containsExactly(tuple("ecology", "EIA_REPORT"), tuple("reform", "PROJECT_APPROVAL"));
        assertThat(matched).containsExactly("Rule_gc_routing_01", "Rule_gc_routing_05");
    }

    @Test
    void aRegistrationFormIsAFilingAndAGovernmentProjectIsExamined() {
        assertThat(routed(project("REGISTRATION", false, "EXAMINATION", false, "HIGH_TECH"))).containsExactly(
                tuple("ecology", "EIA_REGISTRATION"), tuple("reform", "GOVERNMENT_EXAMINATION"), tuple("science", "GREEN_TECHNOLOGY"));
        assertThat(matched).containsExactly("Rule_gc_routing_03", "Rule_gc_routing_09", "Rule_gc_routing_08");
    }

    @Test
    void withoutAnEiaDocumentEcologyOnlyChecksEnvironmentalAccess() {
        assertThat(routed(project("EXEMPT", true, "FILING", false, "LOGISTICS_AND_SERVICES")))
                .containsExactly(tuple("ecology", "ENV_ACCESS"), tuple("reform", "PROJECT_FILING"));
        assertThat(matched).containsExactly("Rule_gc_routing_04", "Rule_gc_routing_06");
    }

    // ---- Time limits: the law's own, the commitment beside it ----

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "ecology,EIA_REPORT,60,第二十二条,20,Rule_gc_limit_01", "ecology,EIA_FORM,30,第二十二条,10,Rule_gc_limit_02",
            "ecology,EIA_REGISTRATION,NULL,不属审批,3,Rule_gc_limit_03", "ecology,ENV_ACCESS,NULL,待确认,3,Rule_gc_limit_04",
            "reform,PROJECT_APPROVAL,NULL,待确认,10,Rule_gc_limit_05", "reform,PROJECT_FILING,NULL,国务院令第673号,2,Rule_gc_limit_06",
            "reform,GOVERNMENT_EXAMINATION,NULL,待确认,10,Rule_gc_limit_07",
            "commerce,FOREIGN_INVESTMENT,NULL,待确认,5,Rule_gc_limit_08", "science,GREEN_TECHNOLOGY,NULL,待确认,5,Rule_gc_limit_09",
            "finance,FUNDING_CHECK,NULL,待确认,10,Rule_gc_limit_10"})
    void statutoryLimitsComeFromTheirLawsAndEveryCommitmentIsAnUnconfirmedSetting(String agency, String reviewType,
            Integer statutory, String basis, int commitment, String rule) {
        var row = evaluate("green-channel-time-limit", Map.of("agency", agency, "reviewType", reviewType)).getSingleResult();
        assertThat(matched).containsExactly(rule);
        assertThat((Integer) row.getEntry("statutoryDays")).isEqualTo(statutory);
        assertThat(row.<String>getEntry("statutoryBasis")).contains(basis);
        assertThat(((Number) row.getEntry("greenChannelWorkingDays")).intValue()).isEqualTo(commitment);
        assertThat(row.<String>getEntry("commitmentSource")).startsWith("待确认");
    }

    // ---- The project's result follows from the agencies' decisions ----

    @ParameterizedTest
    @CsvSource({"1,0,DISAGREE,Rule_gc_result_01", "1,2,DISAGREE,Rule_gc_result_01", "3,0,DISAGREE,Rule_gc_result_01",
            "0,1,AGREE_WITH_CONDITIONS,Rule_gc_result_02", "0,0,AGREE,Rule_gc_result_03"})
    void anyRefusalStandsAndTheProjectCannotProceed(int refusing, int conditioning, String result, String rule) {
        var row = evaluate("green-channel-project-result",
                Map.of("refusingAgencies", refusing, "conditioningAgencies", conditioning)).getSingleResult();
        assertThat(matched).containsExactly(rule);
        assertThat(row.<String>getEntry("projectResult")).isEqualTo(result);
    }

    @ParameterizedTest
    @CsvSource({"green-channel-eligibility", "green-channel-review-routing", "green-channel-time-limit", "green-channel-project-result"})
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
        for (String file : List.of("green-channel-eligibility", "green-channel-review-routing", "green-channel-time-limit",
                "green-channel-project-result")) {
            try (InputStream in = GreenChannelDecisionTests.class.getClassLoader().getResourceAsStream("processes/" + file + ".dmn")) {
                DmnModelInstance model = Dmn.readModelFromStream(in);
                model.getModelElementsByType(Rule.class).forEach(r -> rules.add(r.getId()));
            }
        }
        assertThat(rules).hasSize(8 + 9 + 10 + 3);
        assertThat(hit).as("rules hit by these tests").containsAll(rules);
    }
}
