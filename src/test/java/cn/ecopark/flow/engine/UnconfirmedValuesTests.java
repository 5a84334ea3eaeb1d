package cn.ecopark.flow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing invented is shown as law: a decision-table rule that decides on a figure, and a form text that shows one,
 * must name its source (the notice, a law, a standard named in DOMAIN.md) or say 待确认. A figure is any number
 * other than 0 and 1 in a rule's entries (counts and yes/no are not figures), or a number with a unit in a text.
 */
class UnconfirmedValuesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A source citation or the 待确认 mark. */
    static final Pattern SOURCE = Pattern.compile("待确认|《[^》]+》|鲁环发〔2021〕7号|第[一二三四五六七八九十百]+条|HJ ?274|考核标准|国务院令");
    static final Pattern FIGURE_IN_ENTRY = Pattern.compile("(?<![\\w.\\-])(?!0(?![\\d.])|1(?![\\d.]))\\d+(?:\\.\\d+)?");
    static final Pattern FIGURE_WITH_UNIT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:万元|元|%|％|个工作日|天|日|个月|年|分|倍)");
    /** Document numbers, dates and years are references, not figures. */
    static final Pattern REFERENCE = Pattern.compile("〔\\d+〕\\d+号|\\d{4}年|\\d{4}-\\d{2}-\\d{2}|第\\d+次|\\d+号令");

    @TestFactory
    Stream<DynamicTest> everyRuleThatDecidesOnAFigureNamesItsSourceOrSaysUnconfirmed() throws IOException {
        try (Stream<Path> files = Files.list(ModelConventionsTests.PROCESSES)) {
            return files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkTable(file)));
        }
    }

    private static void checkTable(Path file) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        List<String> missing = new ArrayList<>();
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
            boolean decidesOnFigure = Stream.concat(
                            rule.getInputEntries().stream().map(InputEntry::getText),
                            rule.getOutputEntries().stream().map(OutputEntry::getText))
                    .map(text -> text == null ? "" : text.getTextContent())
                    .anyMatch(UnconfirmedValuesTests::showsFigure);
            if (decidesOnFigure && !SOURCE.matcher(description).find()) {
                missing.add(rule.getId() + "：" + description);
            }
        }
        assertThat(missing).as(file + ": rules deciding on a figure without a source or 待确认").isEmpty();
    }

    /** Unquoted numbers (thresholds, scores) other than 0 and 1; inside a quoted text, numbers with a unit. */
    static boolean showsFigure(String entry) {
        String plain = REFERENCE.matcher(entry).replaceAll("");
        String unquoted = plain.replaceAll("\"[^\"]*\"", "");
        return FIGURE_IN_ENTRY.matcher(unquoted).find() || FIGURE_WITH_UNIT.matcher(plain).find();
    }

    @Test
    void everyFormTextThatShowsAFigureNamesItsSourceOrSaysUnconfirmed() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(ModelConventionsTests.FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                collect(form.path("id").asText(), form, missing);
            }
        }
        assertThat(missing).as("form texts showing a figure without a source or 待确认").isEmpty();
    }

    private static void collect(String formId, JsonNode node, List<String> missing) {
        for (String key : List.of("label", "description", "text")) {
            String text = node.path(key).asText("");
            if (FIGURE_WITH_UNIT.matcher(REFERENCE.matcher(text).replaceAll("")).find() && !SOURCE.matcher(text).find()) {
                missing.add(formId + "/" + node.path("id").asText() + "." + key + "：" + text);
            }
        }
        node.path("components").forEach(child -> collect(formId, child, missing));
    }

    @Test
    void theCheckRecognisesFiguresAndReferences() {
        assertThat(showsFigure("[15..20[")).isTrue();
        assertThat(showsFigure(">= 3")).isTrue();
        assertThat(showsFigure("\"项目总投资低于500万元\"")).isTrue();
        assertThat(showsFigure(">= 1")).isFalse();
        assertThat(showsFigure("0")).isFalse();
        assertThat(showsFigure("\"依据鲁环发〔2021〕7号第十五条\"")).isFalse();
        assertThat(SOURCE.matcher("阈值为管理员设置，来源待确认").find()).isTrue();
        assertThat(SOURCE.matcher("绿色通道减半").find()).isFalse();
    }
}
