package cn.ecopark.flow.engine;

import cn.ecopark.flow.redeploy.ModelProblem;
import cn.ecopark.flow.redeploy.ModelRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules for every model in processes/ and forms/, checked on the files themselves with the same rule set
 * ({@link ModelRules}) that every deployment passes before the engine accepts it: kebab-case process keys, camelCase
 * element ids, Chinese names, a diagram shape for every element, a resolving form for every human step whose decision
 * options match the step's outcomes, known candidate groups, decisions that exist. (Spring beans are checked when the
 * application deploys these files at start-up; here every bean counts as present.)
 */
class ModelConventionsTests {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");

    @TestFactory
    Stream<DynamicTest> everyModelAndFormFollowsTheHouseRules() throws IOException {
        Map<String, byte[]> resources = new TreeMap<>();
        read(PROCESSES, resources);
        read(FORMS, resources);
        List<ModelProblem> problems = ModelRules.check(resources, ModelRules.Surroundings.FILES_ONLY);
        return resources.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertThat(problems.stream().filter(p -> p.resource().equals(name)).map(ModelProblem::toString))
                        .as("problems of " + name).isEmpty()));
    }

    /**
     * Decisions the Java code evaluates by key (not through a businessRuleTask, so the deployment check cannot see them)
     * are decision tables in processes/: each {@code evaluateDecisionByKey} argument, a literal or a constant of its class.
     */
    @TestFactory
    Stream<DynamicTest> everyDecisionKeyTheCodeEvaluatesIsDeployed() throws IOException {
        Set<String> deployed = new HashSet<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path dmn : files.filter(p -> p.toString().endsWith(".dmn")).toList()) {
                Matcher decision = Pattern.compile("<decision id=\"([^\"]+)\"").matcher(Files.readString(dmn));
                while (decision.find()) {
                    deployed.add(decision.group(1));
                }
            }
        }
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher call = Pattern.compile("evaluateDecisionByKey\\(\\s*(\"([^\"]+)\"|([A-Z_]+))\\s*\\)").matcher(code);
                while (call.find()) {
                    String key = call.group(2) != null ? call.group(2) : constant(code, call.group(3));
                    if (key != null) {
                        keys.put(key, source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(keys).as("decision keys found in the code").isNotEmpty();
        return keys.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " (" + e.getValue() + ")",
                () -> assertThat(deployed).as("decision tables in processes/").contains(e.getKey())));
    }

    private static String constant(String code, String name) {
        Matcher constant = Pattern.compile("static final String " + name + " = \"([^\"]+)\"").matcher(code);
        return constant.find() ? constant.group(1) : null;
    }

    private static void read(Path folder, Map<String, byte[]> resources) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)")).toList()) {
                resources.put(folder.getFileName() + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }
}
