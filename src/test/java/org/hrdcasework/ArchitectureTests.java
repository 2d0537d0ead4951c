package org.hrdcasework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.hrdcasework.system.engine.EveryUserTask;
import org.junit.jupiter.api.Test;

/**
 * The line docs/architecture.md draws: services, controllers, mappers and records are
 * engine-agnostic; only a feature's glue ({@code *Delegates}: one file per process), its one adapter
 * ({@code *Engine}), the listeners every user task gets ({@link EveryUserTask}) and the packages that
 * administer the engine itself ({@code system/}, {@code identity/}: users, groups and their rights,
 * {@code models/}: deployment and migration) import {@code org.camunda}.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hrdcasework");

    private static final List<String> ENGINE_FACING_SUFFIXES = List.of("Delegates", "Engine");

    @Test
    void onlyGlueAdaptersAndSystemImportTheEngine() {
        noClasses().that(new DescribedPredicate<JavaClass>("are neither glue (*Delegates), an adapter (*Engine), "
                        + "an EveryUserTask nor in system/, identity/ or models/") {
                    @Override
                    public boolean test(JavaClass javaClass) {
                        JavaClass outer = topLevel(javaClass);
                        String pkg = outer.getPackageName();
                        return !(pkg.startsWith("org.hrdcasework.system") || pkg.equals("org.hrdcasework.identity")
                                || pkg.equals("org.hrdcasework.models")
                                || ENGINE_FACING_SUFFIXES.stream().anyMatch(outer.getSimpleName()::endsWith)
                                || outer.isAssignableTo(EveryUserTask.class));
                    }
                })
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("services stay engine-agnostic and unit-testable; the engine is reached through one adapter per feature")
                .check(MAIN);
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
