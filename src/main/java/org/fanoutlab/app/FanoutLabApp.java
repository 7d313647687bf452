package org.fanoutlab.app;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fanoutlab.cli.VersionProvider;
import org.fanoutlab.ui.classroom.ClassroomScreen;
import org.fanoutlab.ui.classroom.ClassroomViewModel;
import org.fanoutlab.ui.guide.GuideScreen;
import org.fanoutlab.ui.lab.LabScreen;
import org.fanoutlab.ui.lesson.LessonScreen;
import org.fanoutlab.ui.quiz.QuizReviewScreen;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.shell.ShellView;
import org.fanoutlab.ui.shell.ShellViewModel;
import org.fanoutlab.ui.shell.ShellNavigator;
import org.fanoutlab.ui.shell.Destination;
import org.fanoutlab.ui.shell.MenuActions;
import org.fanoutlab.ui.shell.ClassroomHelp;
import org.fanoutlab.ui.shell.AboutDialog;
import org.fanoutlab.ui.shell.ThemeChoice;
import org.fanoutlab.ui.shell.StoreNotices;

/** The JavaFX application: opens the services, builds the shell, wires navigation, shows the window. */
public final class FanoutLabApp extends Application {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;
    private static final String ICON = "/assets/icon.png";

    private static volatile LaunchOptions pending = LaunchOptions.defaults();

    private final LaunchOptions options;
    private ShellView shell;
    private ClassroomViewModel classroomModel;
    private final ClassroomHelp help = new ClassroomHelp();

    /** Used by {@link Application#launch}: takes the options set by {@link AppLauncher}. */
    public FanoutLabApp() {
        this(pending);
    }

    /** Used by tests, which start the app with a temporary data folder. */
    public FanoutLabApp(LaunchOptions options) {
        this.options = options;
    }

    static void setLaunchOptions(LaunchOptions o) {
        pending = o;
    }

    @Override
    public void start(Stage stage) {
        AppServices services = AppServices.open(options.dataDir());
        // Puts the UI in the remembered language before anything is built.
        ShellViewModel vm = new ShellViewModel(services.shellSettings());
        ShellNavigator navigator = new ShellNavigator(vm);
        // Built at once, not on first view: File → Start class session… and "Ask the room" need it from the start.
        // Its quizzes are the course's in the language the UI speaks at start-up (phones see that text).
        classroomModel = ClassroomViewModel.forCourse(services.course(vm.languageProperty().get()),
                Platform::runLater);
        classroomModel.setOnAsked(() -> vm.navigate(Destination.CLASSROOM));
        // Screens are built with the course in the language the UI speaks when they are made (again on a switch).
        Supplier<AppContext> ctx = () -> new AppContext(services.course(vm.languageProperty().get()),
                services.progress(), services.settings(), services.dataDir(), navigator, classroomModel);
        Image icon = loadIcon();

        Map<Destination, Supplier<ShellScreen>> screens = new EnumMap<>(Destination.class);
        screens.put(Destination.LESSONS, () -> new LessonScreen(ctx.get()));
        screens.put(Destination.QUIZ_REVIEW, () -> new QuizReviewScreen(ctx.get()));
        screens.put(Destination.LAB, () -> new LabScreen(ctx.get()));
        screens.put(Destination.GUIDE, () -> new GuideScreen(ctx.get()));
        screens.put(Destination.CLASSROOM, () -> new ClassroomScreen(classroomModel, navigator,
                // Null while the shell is being built (it may open on the class panel): no lesson is open yet.
                () -> shell == null ? java.util.Optional.empty()
                        : ((LessonScreen) shell.screen(Destination.LESSONS)).currentLessonId()));
        MenuActions actions = new MenuActions(
                () -> lab(vm).openScenario(),
                () -> lab(vm).saveScenario(),
                () -> lab(vm).exportMetricsCsv(),
                () -> lab(vm).exportPng(),
                () -> help.show(stage, icon),
                vm::toggleShortcuts,
                () -> AboutDialog.show(stage, VersionProvider.version(), services.dataDir().toString(), icon),
                Platform::exit,
                () -> {
                    vm.navigate(Destination.CLASSROOM);
                    classroom().startSession();
                });
        shell = new ShellView(vm, screens, actions, services.dataDir().toString());
        shell.setPresenterActions(a -> lab(vm).remote(a));
        shell.setPresenterControls(() -> classroom().presenterControls(() -> vm.navigate(Destination.CLASSROOM),
                () -> vm.navigate(Destination.LAB)));
        navigator.setHooks(new ShellNavigator.ScreenHooks() {
            @Override
            public void openLesson(String lessonId) {
                ((LessonScreen) shell.screen(Destination.LESSONS)).open(lessonId);
            }

            @Override
            public void openLab(String presetName) {
                ((LabScreen) shell.screen(Destination.LAB)).openPreset(presetName);
            }

            @Override
            public void openLab(String presetName, String lessonId) {
                ((LabScreen) shell.screen(Destination.LAB)).openPreset(presetName, lessonId);
            }
        });

        Scene scene = new Scene(shell.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        if (icon != null) {
            stage.getIcons().add(icon);
        }
        fitToScreen(stage);
        stage.setFullScreenExitHint(Messages.get("presenter.exitHint"));
        vm.languageProperty().addListener((obs, old, now) -> {
            stage.setFullScreenExitHint(Messages.get("presenter.exitHint"));
            help.relocalize();
        });
        // Esc is the shell's: it closes the overlay first and then leaves presenter mode.
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        vm.presentingProperty().addListener((obs, was, now) -> {
            present(stage, now);
            classroom().setPresenting(now);
            LabScreen lab = (LabScreen) shell.screen(Destination.LAB);
            lab.setPresenting(now);
            if (now && vm.presentedFrom() == Destination.LESSONS) {
                LessonScreen lessons = (LessonScreen) shell.screen(Destination.LESSONS);
                // the lesson's checkpoints go with its preset onto the projector
                lessons.currentLabPreset().ifPresent(p -> lab.openPreset(p, lessons.currentLessonId().orElse(null)));
            }
        });
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (was && !now && vm.presentingProperty().get()) {
                vm.setPresenting(false);
            }
        });
        stage.show();

        // A save that fails later (disk full, folder removed) is told at once, not at the next start.
        services.progress().onLaterNotice(n -> Platform.runLater(() -> vm.showStatus(StoreNotices.say(n))));
        services.settings().onLaterNotice(n -> Platform.runLater(() -> vm.showStatus(StoreNotices.say(n))));
        List<String> notices = services.startupNotices(vm.languageProperty().get());
        if (!notices.isEmpty()) {
            vm.showStatus(String.join("  ·  ", notices));
        }
        if (options.lessonId() != null) {
            navigator.openLesson(options.lessonId());
        } else if (options.labPreset() != null) {
            navigator.openLab(options.labPreset());
            if (options.labAt() != null) {
                ((LabScreen) shell.screen(Destination.LAB)).pauseAt(options.labAt());
            }
        }
    }

    private Rectangle2D windowedBounds;

    /**
     * Full screen, and the window also sized to the whole screen: some window managers (and none at all, on a
     * bare X server) ignore the full-screen request, and the projector must still get every pixel.
     */
    private void present(Stage stage, boolean on) {
        if (on) {
            windowedBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            Rectangle2D screen = Screen.getScreensForRectangle(windowedBounds).stream().findFirst()
                    .orElse(Screen.getPrimary()).getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreen(true);
        } else {
            stage.setFullScreen(false);
            if (windowedBounds != null) {
                stage.setX(windowedBounds.getMinX());
                stage.setY(windowedBounds.getMinY());
                stage.setWidth(windowedBounds.getWidth());
                stage.setHeight(windowedBounds.getHeight());
            }
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.disposeScreens();
        }
        if (classroomModel != null) {
            // The class panel may never have been shown; an open session still ends, and phones are told.
            classroomModel.dispose();
        }
    }

    /** The class panel (built at start-up: the presenter strip's controls belong to it). */
    private ClassroomScreen classroom() {
        return (ClassroomScreen) shell.screen(Destination.CLASSROOM);
    }

    /** The Lab screen, brought to the front (File menu actions and the presenter's clicker act on it). */
    private LabScreen lab(ShellViewModel vm) {
        vm.navigate(Destination.LAB);
        return (LabScreen) shell.screen(Destination.LAB);
    }

    private static void applyTheme(ThemeChoice theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private static void fitToScreen(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setWidth(Math.min(DEFAULT_WIDTH, bounds.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, bounds.getHeight()));
        stage.centerOnScreen();
    }

    private static Image loadIcon() {
        try (InputStream in = FanoutLabApp.class.getResourceAsStream(ICON)) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
