package cn.ecopark.flow;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each direct sub-package of cn.ecopark.flow is a Spring Modulith application module. Its sub-packages are its
 * internals, and its package-info declares the modules it may use ({@code @ApplicationModule(allowedDependencies)});
 * a new reach into another module's internals, an undeclared dependency or a cycle fails here.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(EcoparkFlowApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The module diagram the README's "How it is built" shows: target/spring-modulith-docs/components.puml. */
    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    /**
     * The README's table of modules and what each uses is the dependency graph Spring Modulith computes from the code
     * (the same graph as the PlantUML diagrams above), so it cannot drift from what {@link #modulesKeepTheirBoundaries}
     * checks. Paste the expected table from the failure message when a dependency changes on purpose.
     */
    @Test
    void theReadmeShowsTheModulesAsSpringModulithSeesThem() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertThat(start).as("README.md marks its module table with " + TABLE_START).isNotNegative();
        assertThat(readme.substring(start + TABLE_START.length(), end).strip()).isEqualTo(moduleTable());
    }

    private static final String TABLE_START = "<!-- module table: ModularityTests -->";
    private static final String TABLE_END = "<!-- end of module table -->";

    /**
     * One row per set of used modules: the modules that use exactly those. Rows are in layers: a module's row comes
     * after the rows of every module it uses (ordered by how many modules each reaches, directly or not).
     */
    static String moduleTable() {
        Map<String, List<String>> uses = new TreeMap<>();
        MODULES.stream().forEach(module -> uses.put(module.getName(), module.getDirectDependencies(MODULES).uniqueModules()
                .map(ApplicationModule::getName).filter(name -> !name.equals(module.getName())).sorted().toList()));
        Map<String, List<String>> rows = new TreeMap<>(Comparator.comparingInt((String used) -> reach(used, uses))
                .thenComparing(Comparator.naturalOrder()));
        uses.forEach((module, used) -> rows.computeIfAbsent(String.join(", ", used), key -> new ArrayList<>()).add(module));
        StringBuilder table = new StringBuilder("| module | uses |\n|---|---|\n");
        rows.forEach((used, modules) -> table.append("| ").append(modules.stream().map(name -> "`" + name + "`")
                .collect(Collectors.joining(", "))).append(" | ").append(used.isEmpty() ? "—" : used).append(" |\n"));
        return table.toString().strip();
    }

    /** How many modules a row's modules reach through the modules they use. */
    private static int reach(String used, Map<String, List<String>> uses) {
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(used.isEmpty() ? List.of() : List.of(used.split(", ")));
        while (!next.isEmpty()) {
            String module = next.pop();
            if (reached.add(module)) {
                next.addAll(uses.getOrDefault(module, List.of()));
            }
        }
        return reached.size();
    }

    // The fixtures are test classes; include them in the import (Modulith skips test classes by default).
    private static ApplicationModules fixture(String name) {
        ImportOption everything = location -> true;
        return ApplicationModules.of("cn.ecopark.modularityfixture." + name, everything);
    }

    @Test
    void refusesAReachIntoAnotherModulesInternals() {
        assertThatThrownBy(() -> fixture("internals").verify()).isInstanceOf(Violations.class)
                .hasMessageContaining("internals.billing.Invoices")
                .hasMessageContaining("non-exposed type cn.ecopark.modularityfixture.internals.orders.internal.OrderLines");
    }

    @Test
    void refusesAnUndeclaredDependency() {
        assertThatThrownBy(() -> fixture("undeclared").verify()).isInstanceOf(Violations.class)
                .hasMessageContaining("undeclared.shipping.Shipments")
                .hasMessageContaining("depends on module 'orders'").hasMessageContaining("Allowed targets: none");
    }

    @Test
    void acceptsADeclaredDependencyOnAnotherModulesApi() {
        ApplicationModules modules = fixture("declared");
        assertThat(modules.stream().map(module -> module.getName())).containsExactlyInAnyOrder("orders", "shipping");
        assertThatCode(modules::verify).doesNotThrowAnyException();
    }
}
