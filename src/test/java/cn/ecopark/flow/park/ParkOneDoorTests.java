package cn.ecopark.flow.park;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one door, kept shut (fast tier): the aggregate's mutators are package-private, and no application class
 * outside the park module writes through {@link ParkRepository} (reads are free); writes go through {@link ParkLifecycle}.
 */
class ParkOneDoorTests {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.ecopark.flow");

    @Test
    void onlyTheParkModuleWritesParks() {
        noClasses().that().resideOutsideOfPackage("cn.ecopark.flow.park..")
                .should().callMethodWhere(target(owner(assignableTo(ParkRepository.class)))
                        .and(target(nameMatching("(save|delete).*"))))
                .because("a park changes only through ParkLifecycle, which publishes the park's event")
                .check(APPLICATION);
    }
}
