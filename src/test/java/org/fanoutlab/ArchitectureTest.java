package org.fanoutlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: the engine, content, progress, analysis and classroom layers run headless, so
 * they know nothing of JavaFX or the UI.
 * The rules are checked from {@code @ArchTest} methods: Surefire 3.5.3 silently skips {@code @ArchTest} fields
 * (TNG/ArchUnit#1442), and a rule that never runs protects nothing.
 */
@AnalyzeClasses(packages = "org.fanoutlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] TOOLKIT_FREE = {"org.fanoutlab.engine..", "org.fanoutlab.content..",
        "org.fanoutlab.progress..", "org.fanoutlab.analysis..", "org.fanoutlab.classroom..", "org.fanoutlab.playback.."};

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
                    "org.fanoutlab.classroom.server..", "org.fanoutlab.cli..", "org.fanoutlab.app..")
            .because("the room is a plain model the server and the instructor's panel both drive (docs/decisions/0012-class-mode.md)");

    private static final ArchRule SCREENS_DO_NOT_REACH_INTO_THE_CLI_OR_THE_APP = noClasses()
            .that().resideInAnyPackage("org.fanoutlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fanoutlab.cli..", "org.fanoutlab.app..")
            .because("the command line and the app entry are doors into the screens, not services they call");

    private static final ArchRule UI_FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.fanoutlab.ui.(*)..")
            .should().beFreeOfCycles()
            .because("a feature package can be read, tested and changed without the ones that use it");

    private static final ArchRule NO_PACKAGE_CYCLES_ANYWHERE = slices()
            .matching("org.fanoutlab.(**)")
            .should().beFreeOfCycles()
            .because("every package can be read and tested with only the ones below it (docs/architecture.md, \"Layers\")");

    private static final ArchRule VIEW_MODELS_DO_NOT_TOUCH_THE_SCENE_GRAPH = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view-models are tested with plain JUnit, without the toolkit");

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
    static void screensDoNotReachIntoTheCliOrTheApp(JavaClasses classes) {
        SCREENS_DO_NOT_REACH_INTO_THE_CLI_OR_THE_APP.check(classes);
    }

    @ArchTest
    static void uiFeaturesAreFreeOfCycles(JavaClasses classes) {
        UI_FEATURES_ARE_FREE_OF_CYCLES.check(classes);
    }

    @ArchTest
    static void noPackageIsPartOfACycle(JavaClasses classes) {
        NO_PACKAGE_CYCLES_ANYWHERE.check(classes);
    }

    @ArchTest
    static void viewModelsDoNotTouchTheSceneGraph(JavaClasses classes) {
        VIEW_MODELS_DO_NOT_TOUCH_THE_SCENE_GRAPH.check(classes);
    }
}
