package cn.ecopark.flow.engine;

import cn.ecopark.flow.redeploy.ModelProblem;
import cn.ecopark.flow.redeploy.ModelRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    private static void read(Path folder, Map<String, byte[]> resources) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)")).toList()) {
                resources.put(folder.getFileName() + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }
}
