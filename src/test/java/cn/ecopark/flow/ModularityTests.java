package cn.ecopark.flow;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

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
