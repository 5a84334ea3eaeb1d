package cn.ecopark.flow.parkapplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Shared plumbing for the *DecisionTests of every workflow: one standalone DMN engine (default configuration, so FEEL
 * by feel-scala exactly as the process engine uses it), the decisions loaded from the classpath, the
 * id of the rule that matched each evaluation, and the "opens cleanly in Camunda Modeler" checks.
 */
public final class DmnTestSupport {

  static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final String DMNDI13_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

  /** Rule ids matched by the last evaluation on this thread (FIRST: at most one). */
  private static final ThreadLocal<List<String>> LAST_MATCHED_RULES = new ThreadLocal<>();

  public static final DmnEngine ENGINE = buildEngine();

  private static final Map<String, List<DmnDecision>> DECISIONS_BY_FILE = new ConcurrentHashMap<>();

  private DmnTestSupport() {
  }

  private static DmnEngine buildEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    List<DmnDecisionTableEvaluationListener> listeners = new ArrayList<>();
    listeners.add(event -> LAST_MATCHED_RULES.set(
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList()));
    configuration.customPostDecisionTableEvaluationListeners(listeners);
    return configuration.buildEngine();
  }

  /** Result of one evaluation: which rules matched and what came out. */
  public record Outcome(List<String> matchedRules, DmnDecisionResult result) {

    /** The id of the single rule that matched; fails when none or several matched. */
    public String rule() {
      assertThat(matchedRules).as("matched rules").hasSize(1);
      return matchedRules.get(0);
    }

    /** The single output row as a map (output name to value). */
    public Map<String, Object> output() {
      assertThat(result).as("decision result rows").hasSize(1);
      return result.getSingleResult().getEntryMap();
    }
  }

  public static Outcome evaluate(String file, String decisionKey, Map<String, Object> variables) {
    LAST_MATCHED_RULES.remove();
    DmnDecisionResult result = ENGINE.evaluateDecision(decision(file, decisionKey), variables);
    List<String> matched = LAST_MATCHED_RULES.get();
    assertThat(matched).as("decision table listener was called").isNotNull();
    return new Outcome(matched, result);
  }

  static DmnDecision decision(String file, String decisionKey) {
    List<DmnDecision> decisions = DECISIONS_BY_FILE.computeIfAbsent(file, f -> {
      try (InputStream in = resource(f)) {
        return ENGINE.parseDecisions(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return decisions.stream()
        .filter(d -> d.getKey().equals(decisionKey))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no decision " + decisionKey + " in " + file));
  }

  /** Rule ids of a decision table, in table order, read with the Camunda DMN model API. */
  static List<String> ruleIds(String file, String decisionId) {
    DmnModelInstance model = readModel(file);
    Decision decision = model.getModelElementById(decisionId);
    assertThat(decision).as("decision " + decisionId).isNotNull();
    Collection<Rule> rules = ((DecisionTable) decision.getExpression()).getRules();
    return rules.stream().map(Rule::getId).toList();
  }

  /** Every rule of the decision is the expected rule of at least one test case. */
  public static void assertEveryRuleIsCovered(String file, String decisionId, Collection<String> ruleIdsHitByCases) {
    assertThat(new LinkedHashSet<>(ruleIdsHitByCases))
        .as("rules exercised by the test cases of " + decisionId)
        .containsAll(ruleIds(file, decisionId));
  }

  /**
   * What Camunda Modeler 5 needs to open the file cleanly, plus what the 7.24 engine insists on:
   * valid against the DMN 1.3 schema (with DMNDI), readable by the Camunda model API, exactly the
   * expected decisions, each with a DMNDI shape, historyTimeToLive, hit policy FIRST, declared type
   * refs, Chinese names and labels, and an annotation on every rule.
   */
  public static void assertOpensCleanlyInModeler(String file, Set<String> expectedDecisionIds) throws Exception {
    byte[] xml;
    try (InputStream in = resource(file)) {
      xml = in.readAllBytes();
    }

    URL xsd = Dmn.class.getClassLoader().getResource("org/camunda/bpm/model/dmn/schema/DMN13.xsd");
    assertThat(xsd).as("DMN 1.3 schema in camunda-dmn-model").isNotNull();
    SchemaFactory schemaFactory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schemaFactory.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

    assertThat(Dmn.readModelFromStream(new ByteArrayInputStream(xml))).isNotNull();

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(DMN13_NS);
    assertThat(root.getLocalName()).isEqualTo("definitions");

    List<Element> decisions = children(root, DMN13_NS, "decision");
    Set<String> decisionIds = decisions.stream().map(e -> e.getAttribute("id")).collect(Collectors.toSet());
    assertThat(decisionIds).isEqualTo(expectedDecisionIds);

    Set<String> allIds = new HashSet<>();
    NodeList everything = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < everything.getLength(); i++) {
      String id = ((Element) everything.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(allIds.add(id)).as("id %s is unique", id).isTrue();
      }
    }

    List<Element> diagrams = descendants(root, DMNDI13_NS, "DMNDiagram");
    assertThat(diagrams).as("DMNDI diagram").hasSize(1);
    List<Element> shapes = descendants(diagrams.get(0), DMNDI13_NS, "DMNShape");
    Set<String> shapeRefs = new HashSet<>();
    for (Element shape : shapes) {
      String ref = shape.getAttribute("dmnElementRef");
      assertThat(allIds).as("shape %s points to an existing element", shape.getAttribute("id")).contains(ref);
      assertThat(shapeRefs.add(ref)).as("one shape per element: %s", ref).isTrue();
      assertThat(descendants(shape, "http://www.omg.org/spec/DMN/20180521/DC/", "Bounds")).hasSize(1);
    }
    assertThat(shapeRefs).as("every decision has a DMNDI shape").containsAll(decisionIds);

    for (Element decision : decisions) {
      String id = decision.getAttribute("id");
      assertThat(id).matches("[a-z]+(-[a-z]+)*");
      assertThat(decision.getAttribute("name")).as("name of %s", id).matches(".*\\p{IsHan}.*");
      assertThat(decision.getAttributeNS(CAMUNDA_NS, "historyTimeToLive")).as("historyTimeToLive of %s", id)
          .isEqualTo("P3650D");

      List<Element> tables = children(decision, DMN13_NS, "decisionTable");
      assertThat(tables).hasSize(1);
      Element table = tables.get(0);
      assertThat(table.getAttribute("hitPolicy")).isEqualTo("FIRST");
      for (Element input : children(table, DMN13_NS, "input")) {
        assertThat(input.getAttribute("label")).as("input label in %s", id).matches(".*\\p{IsHan}.*");
        Element expression = children(input, DMN13_NS, "inputExpression").get(0);
        assertThat(expression.getAttribute("typeRef")).as("input typeRef in %s", id).isNotBlank();
        assertThat(expression.getTextContent()).as("input expression in %s", id).isNotBlank();
      }
      for (Element output : children(table, DMN13_NS, "output")) {
        assertThat(output.getAttribute("label")).as("output label in %s", id).matches(".*\\p{IsHan}.*");
        assertThat(output.getAttribute("name")).as("output name in %s", id).matches("[a-z][A-Za-z]*");
        assertThat(output.getAttribute("typeRef")).as("output typeRef in %s", id).isNotBlank();
      }
      List<Element> rules = children(table, DMN13_NS, "rule");
      assertThat(rules).as("rules of %s", id).isNotEmpty();
      for (Element rule : rules) {
        List<Element> annotation = children(rule, DMN13_NS, "description");
        assertThat(annotation).as("annotation of rule %s", rule.getAttribute("id")).hasSize(1);
        assertThat(annotation.get(0).getTextContent()).matches(".*\\p{IsHan}.*");
      }
    }
  }

  private static InputStream resource(String file) {
    InputStream in = DmnTestSupport.class.getClassLoader().getResourceAsStream("processes/" + file);
    assertThat(in).as("classpath resource processes/" + file).isNotNull();
    return in;
  }

  private static DmnModelInstance readModel(String file) {
    try (InputStream in = resource(file)) {
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        result.add(e);
      }
    }
    return result;
  }

  private static List<Element> descendants(Element parent, String namespace, String localName) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }
}
