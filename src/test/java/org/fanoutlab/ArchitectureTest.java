package org.fanoutlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md §1: the engine, content and progress layers run headless, so they know nothing of JavaFX or the UI.
 * The rules are checked from {@code @ArchTest} methods: Surefire 3.5.3 silently skips {@code @ArchTest} fields
 * (TNG/ArchUnit#1442), and a rule that never runs protects nothing.
 */
@AnalyzeClasses(packages = "org.fanoutlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchRule CORE_LAYERS_DO_NOT_USE_JAVA_FX = noClasses()
            .that().resideInAnyPackage("org.fanoutlab.engine..", "org.fanoutlab.content..", "org.fanoutlab.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp.ikonli..")
            .because("the engine, content and progress run in the CLI, tests and benchmarks without a display");

    private static final ArchRule CORE_LAYERS_DO_NOT_USE_THE_UI = noClasses()
            .that().resideInAnyPackage("org.fanoutlab.engine..", "org.fanoutlab.content..", "org.fanoutlab.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.ui..")
            .because("dependencies point inward: ui may use everything, nothing uses ui");

    private static final ArchRule ENGINE_KNOWS_NOTHING_OF_FILES_OR_LEARNERS = noClasses()
            .that().resideInAPackage("org.fanoutlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.content..", "org.fanoutlab.progress..",
                    "org.fanoutlab.cli..")
            .because("the engine is the innermost layer: scenarios come to it as records");

    private static final ArchRule FEATURE_SCREENS_DO_NOT_REACH_INTO_THE_CLI = noClasses()
            .that().resideInAnyPackage("org.fanoutlab.ui..")
            .and().doNotHaveSimpleName("AppLauncher").and().doNotHaveSimpleName("FanoutLabApp")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.cli..")
            .because("the command line is an entry point, not a service the screens call");

    @ArchTest
    static void coreLayersDoNotUseJavaFx(JavaClasses classes) {
        CORE_LAYERS_DO_NOT_USE_JAVA_FX.check(classes);
    }

    @ArchTest
    static void coreLayersDoNotUseTheUi(JavaClasses classes) {
        CORE_LAYERS_DO_NOT_USE_THE_UI.check(classes);
    }

    @ArchTest
    static void engineKnowsNothingOfFilesOrLearners(JavaClasses classes) {
        ENGINE_KNOWS_NOTHING_OF_FILES_OR_LEARNERS.check(classes);
    }

    @ArchTest
    static void featureScreensDoNotReachIntoTheCli(JavaClasses classes) {
        FEATURE_SCREENS_DO_NOT_REACH_INTO_THE_CLI.check(classes);
    }
}
