package com.perftarget.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of the code: packages form a one-way graph (the core {@code table} and {@code shared} import no
 * feature; features import no edge), and Camunda is known only to the two edges — the engine ({@code process}) and
 * HTTP ({@code api}) — and to the demo loader ({@code seed}).
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.perftarget");

    /** Every package its own slice, sub-packages included ({@code process} and {@code process.approval} differ). */
    static final ArchRule NO_CYCLES = slices().matching("com.perftarget.(**)").should().beFreeOfCycles();

    static final ArchRule CAMUNDA_ONLY_AT_THE_EDGES = noClasses().that()
            .resideOutsideOfPackages("com.perftarget.process..", "com.perftarget.api..", "com.perftarget.seed..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    static final ArchRule THE_CORE_IMPORTS_NO_FEATURE = noClasses().that()
            .resideInAnyPackage("com.perftarget.table..", "com.perftarget.shared..")
            .should().dependOnClassesThat(resideInAPackage("com.perftarget..")
                    .and(not(resideInAnyPackage("com.perftarget.table..", "com.perftarget.shared.."))));

    static final ArchRule FEATURES_IMPORT_NO_EDGE = noClasses().that()
            .resideOutsideOfPackages("com.perftarget.process..", "com.perftarget.api..", "com.perftarget.seed..")
            .and().resideInAPackage("com.perftarget..")
            .and().doNotHaveSimpleName("PerformanceTargetApprovalApplication")
            .should().dependOnClassesThat().resideInAnyPackage("com.perftarget.process..", "com.perftarget.api..",
                    "com.perftarget.seed..");

    @Test
    void packagesFormAOneWayGraph() {
        NO_CYCLES.check(APPLICATION);
    }

    @Test
    void theCoreImportsNoFeature() {
        THE_CORE_IMPORTS_NO_FEATURE.check(APPLICATION);
    }

    @Test
    void camundaIsKnownOnlyToTheEdgesAndTheDemoLoader() {
        CAMUNDA_ONLY_AT_THE_EDGES.check(APPLICATION);
    }

    @Test
    void featuresDependOnNoEdge() {
        FEATURES_IMPORT_NO_EDGE.check(APPLICATION);
    }

    @Test
    void theCycleRuleFailsOnADeliberateCycle() {
        JavaClasses withCycle = new ClassFileImporter().importPackages("com.perftarget.architecture.cyclefixture");
        assertThat(slices().matching("com.perftarget.architecture.cyclefixture.(**)").should().beFreeOfCycles()
                .evaluate(withCycle).hasViolation()).isTrue();
    }
}
