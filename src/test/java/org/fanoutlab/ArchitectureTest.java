package org.fanoutlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md §1: the engine, content, progress and classroom layers run headless, so they know nothing of JavaFX or
 * the UI.
 * The rules are checked from {@code @ArchTest} methods: Surefire 3.5.3 silently skips {@code @ArchTest} fields
 * (TNG/ArchUnit#1442), and a rule that never runs protects nothing.
 */
@AnalyzeClasses(packages = "org.fanoutlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] TOOLKIT_FREE = {"org.fanoutlab.engine..", "org.fanoutlab.content..",
        "org.fanoutlab.progress..", "org.fanoutlab.classroom.."};

    private static final ArchRule CORE_LAYERS_DO_NOT_USE_JAVA_FX = noClasses()
            .that().resideInAnyPackage(TOOLKIT_FREE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp.ikonli..")
            .because("the engine, content, progress and the class room run in the CLI, tests and benchmarks without a display");

    private static final ArchRule CORE_LAYERS_DO_NOT_USE_THE_UI = noClasses()
            .that().resideInAnyPackage(TOOLKIT_FREE)
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.ui..")
            .because("dependencies point inward: ui may use everything, nothing uses ui");

    private static final ArchRule ENGINE_KNOWS_NOTHING_OF_FILES_OR_LEARNERS = noClasses()
            .that().resideInAPackage("org.fanoutlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.content..", "org.fanoutlab.progress..",
                    "org.fanoutlab.cli..", "org.fanoutlab.classroom..")
            .because("the engine is the innermost layer: scenarios come to it as records");

    private static final ArchRule CONTENT_AND_PROGRESS_KNOW_NOTHING_OF_THE_CLASS_ROOM = noClasses()
            .that().resideInAnyPackage("org.fanoutlab.content..", "org.fanoutlab.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.classroom..", "org.fanoutlab.cli..")
            .because("the class room is built on the course, not the other way round");

    private static final ArchRule THE_ROOM_MODEL_KNOWS_NO_WEB_SERVER = noClasses()
            .that().resideInAPackage("org.fanoutlab.classroom")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
                    "org.fanoutlab.classroom.server..", "org.fanoutlab.cli..")
            .because("the room is a plain model the server and the instructor's panel both drive (docs/decisions/0008)");

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
    static void contentAndProgressKnowNothingOfTheClassRoom(JavaClasses classes) {
        CONTENT_AND_PROGRESS_KNOW_NOTHING_OF_THE_CLASS_ROOM.check(classes);
    }

    @ArchTest
    static void theRoomModelKnowsNoWebServer(JavaClasses classes) {
        THE_ROOM_MODEL_KNOWS_NO_WEB_SERVER.check(classes);
    }

    @ArchTest
    static void featureScreensDoNotReachIntoTheCli(JavaClasses classes) {
        FEATURE_SCREENS_DO_NOT_REACH_INTO_THE_CLI.check(classes);
    }
}
