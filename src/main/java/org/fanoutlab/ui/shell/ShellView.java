package org.fanoutlab.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.stage.StageStyles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.PresenterAction;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;

/** The main window's nodes: menu bar, navigation sidebar, the screen slot and the status bar. */
public final class ShellView {
    private final ShellViewModel vm;
    private final Map<Destination, Supplier<ShellScreen>> factories;
    private final Map<Destination, ShellScreen> built = new EnumMap<>(Destination.class);
    private final Map<Destination, StackPane> frames = new EnumMap<>(Destination.class);
    private final Map<Destination, ToggleButton> navButtons = new EnumMap<>(Destination.class);
    private final BorderPane frame = new BorderPane();
    private final StackPane root;
    private final StackPane slot = new StackPane();
    private final MenuActions actions;
    private final String dataDirText;
    private MenuBar menuBar;
    private Node sidebar;
    private Node statusBar;
    private Node presenterStrip;
    /** Where the class session's presenter controls live; refilled when the strip is made again. */
    private final HBox presenterExtras = new HBox(8);
    private Supplier<Node> presenterControls = () -> null;
    private Consumer<PresenterAction> presenterActions = a -> {
    };

    public ShellView(ShellViewModel vm, Map<Destination, Supplier<ShellScreen>> factories, MenuActions actions,
                     String dataDirText) {
        this.vm = vm;
        this.factories = new EnumMap<>(factories);
        this.actions = actions;
        this.dataDirText = dataDirText;
        buildChrome();
        frame.getStyleClass().add(ShellStyles.SHELL.css());
        slot.getStyleClass().add(ShellStyles.CONTENT_SLOT.css());
        frame.setCenter(slot);
        root = new StackPane(frame, new ShortcutsOverlay(vm).node());
        root.getStylesheets().add(ShellView.class.getResource(ShellStyles.STYLESHEET).toExternalForm());
        vm.destinationProperty().addListener((obs, old, now) -> show(now));
        vm.zoomPercentProperty().addListener((obs, old, now) -> applyZoom());
        vm.presentingProperty().addListener((obs, old, now) -> applyPresenting(now));
        vm.reducedMotionProperty().addListener((obs, old, now) -> applyReducedMotion(now));
        vm.languageProperty().addListener((obs, old, now) -> relocalize());
        applyReducedMotion(vm.reducedMotionProperty().get());
        applyPresenting(vm.presentingProperty().get());
        show(vm.destinationProperty().get());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    public Parent root() {
        return root;
    }

    /**
     * Controls a feature adds to the presenter strip (the class session's "Ask the room"). Asked again whenever the
     * strip is made again (a language switch), so they speak the UI's language too.
     */
    public void setPresenterControls(Supplier<Node> controls) {
        this.presenterControls = controls;
        fillPresenterExtras();
    }

    private void fillPresenterExtras() {
        Node n = presenterControls.get();
        if (n == null) {
            presenterExtras.getChildren().clear();
        } else {
            presenterExtras.getChildren().setAll(n);
        }
    }

    /** Where Page Up/Down, B and "." go while presenting (the lab's stage). */
    public void setPresenterActions(Consumer<PresenterAction> actions) {
        this.presenterActions = actions;
    }

    /** The screen for {@code d}, built on first use. */
    public ShellScreen screen(Destination d) {
        return built.computeIfAbsent(d, k -> factory(k).get());
    }

    private Supplier<ShellScreen> factory(Destination d) {
        return factories.getOrDefault(d, () -> new PlaceholderScreen(d));
    }

    /** Menus, sidebar and bars, in the UI's current language. */
    private void buildChrome() {
        menuBar = menuBar(actions);
        sidebar = sidebar();
        statusBar = statusBar(dataDirText);
        presenterStrip = presenterStrip();
    }

    /**
     * The language changed: the menus, the sidebar and the bars are made again in it, and each screen built so far
     * is asked for its replacement, which carries over what the learner did there (see
     * {@link ShellScreen#relocalized}). The focus goes back to the control of the same id, if the new one has it.
     */
    private void relocalize() {
        Scene scene = root.getScene();
        String focusedId = scene == null || scene.getFocusOwner() == null ? null : scene.getFocusOwner().getId();
        buildChrome();
        applyPresenting(vm.presentingProperty().get());
        for (Destination d : Destination.values()) {
            ShellScreen old = built.get(d);
            if (old == null) {
                continue;
            }
            ShellScreen next = old.relocalized(factory(d));
            if (next != old) {
                built.put(d, next);
                StackPane f = frames.get(d);
                if (f != null) {
                    f.getChildren().setAll(next.view());
                }
                old.dispose();
            }
        }
        show(vm.destinationProperty().get());
        Node again = scene == null || focusedId == null ? null : scene.lookup("#" + focusedId);
        if (again != null) {
            again.requestFocus();
        }
    }

    public void disposeScreens() {
        built.values().forEach(ShellScreen::dispose);
    }

    private void show(Destination d) {
        ShellScreen s = screen(d);
        // Each screen sits in a frame with a stable id ("screen-lab"), whatever the feature puts inside it.
        StackPane frame = frames.computeIfAbsent(d, k -> {
            StackPane f = new StackPane(s.view());
            f.setId("screen-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return f;
        });
        slot.getChildren().setAll(frame);
        navButtons.get(d).setSelected(true);
        s.shown();
    }

    private void applyZoom() {
        // Zoom is a style class per 10 % step on the scene root; the CSS sets the root font size for each.
        root.getStyleClass().removeIf(c -> c.startsWith(ShellStyles.ZOOM_PREFIX));
        root.getStyleClass().add(ShellStyles.ZOOM_PREFIX + vm.effectiveZoomPercent());
    }

    /** Stages watch the root for this class (a stage made later picks it up too). */
    private void applyReducedMotion(boolean on) {
        if (on) {
            root.getStyleClass().add(StageStyles.REDUCED_MOTION_ROOT);
        } else {
            root.getStyleClass().remove(StageStyles.REDUCED_MOTION_ROOT);
        }
    }

    private void applyPresenting(boolean on) {
        frame.setTop(on ? null : menuBar);
        frame.setLeft(on ? null : sidebar);
        frame.setBottom(on ? presenterStrip : statusBar);
        if (on) {
            root.getStyleClass().add(ShellStyles.PRESENTING.css());
        } else {
            root.getStyleClass().remove(ShellStyles.PRESENTING.css());
        }
        applyZoom();
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.escape()) {
                e.consume();
            } else if (vm.presentingProperty().get()) {
                PresenterAction a = presenterAction(e);
                if (a != null) {
                    presenterActions.accept(a);
                    e.consume();
                } else if (e.getCode() == KeyCode.F5) {
                    vm.setPresenting(false);
                    e.consume();
                }
            }
        });
        // A handler, not a filter: a text field that takes the "?" as typing consumes it first.
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                vm.toggleShortcuts();
                e.consume();
            }
        });
    }

    static PresenterAction presenterAction(KeyEvent e) {
        return switch (e.getCode()) {
            case PAGE_DOWN -> PresenterAction.STEP;
            case PAGE_UP -> PresenterAction.PLAY_PAUSE;
            case B, PERIOD -> PresenterAction.PAUSE;
            default -> null;
        };
    }

    private Node presenterStrip() {
        Label mode = new Label(Messages.get("presenter.strip"));
        mode.getStyleClass().add("text-bold");
        mode.setMinWidth(Region.USE_PREF_SIZE);
        Label keys = new Label(Messages.get("presenter.strip.keys"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button(Messages.get("presenter.leave"), new FontIcon("mdi2f-fullscreen-exit"));
        leave.setTooltip(new Tooltip(Messages.get("presenter.leave.tooltip")));
        leave.setOnAction(e -> vm.setPresenting(false));
        leave.setId("presenter-leave");
        leave.setMinWidth(Region.USE_PREF_SIZE);
        presenterExtras.setAlignment(Pos.CENTER_LEFT);
        fillPresenterExtras();
        HBox strip = new HBox(16, mode, keys, gap, presenterExtras, leave);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add(ShellStyles.PRESENTER_STRIP.css());
        return strip;
    }

    private Node sidebar() {
        Label title = new Label(Messages.get("app.name"));
        title.getStyleClass().add(ShellStyles.SIDEBAR_TITLE.css());
        Label subtitle = new Label(Messages.get("app.tagline"));
        subtitle.getStyleClass().add(ShellStyles.SIDEBAR_SUBTITLE.css());
        subtitle.setWrapText(true);
        VBox box = new VBox(4, title, subtitle);
        box.getStyleClass().add(ShellStyles.SIDEBAR.css());
        ToggleGroup group = new ToggleGroup();
        for (Destination d : Destination.values()) {
            ToggleButton b = new ToggleButton(d.title(), new FontIcon(d.iconLiteral()));
            b.setId("nav-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.getStyleClass().add(ShellStyles.NAV_BUTTON.css());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setContentDisplay(ContentDisplay.LEFT);
            // A long name ("Repaso de preguntas", a large zoom) wraps onto a second line instead of ending in "…".
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setTooltip(new Tooltip(Messages.format("nav.tooltip", d.purpose(),
                    KeyCombination.valueOf(d.accelerator()).getDisplayText())));
            b.setAccessibleText(d.title());
            b.setAccessibleHelp(d.purpose());
            // A selected nav button stays selected: clicking it again must not leave no screen chosen.
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.navigate(d);
            });
            navButtons.put(d, b);
            box.getChildren().add(b);
        }
        VBox.setMargin(navButtons.get(Destination.LESSONS), new javafx.geometry.Insets(16, 0, 0, 0));
        return box;
    }

    private MenuBar menuBar(MenuActions a) {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.file.open", "Shortcut+O", a.openScenario()),
                item("menu.file.save", "Shortcut+S", a.saveScenario()),
                item("menu.file.exportCsv", "Shortcut+E", a.exportCsv()),
                item("menu.file.exportPng", "Shortcut+Shift+E", a.exportPng()),
                new SeparatorMenuItem(),
                item("classroom.start.menu", null, a.startClassSession()),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", a.quit()));

        Menu view = new Menu(Messages.get("menu.view"));
        for (Destination d : Destination.values()) {
            MenuItem go = new MenuItem(d.title());
            go.setAccelerator(KeyCombination.valueOf(d.accelerator()));
            go.setOnAction(e -> vm.navigate(d));
            view.getItems().add(go);
        }
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setSelected(vm.themeProperty().get() == ThemeChoice.DARK);
        vm.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == ThemeChoice.DARK));
        dark.setOnAction(e -> vm.setTheme(dark.isSelected() ? ThemeChoice.DARK : ThemeChoice.LIGHT));
        CheckMenuItem calm = new CheckMenuItem(Messages.get("menu.view.reducedMotion"));
        calm.setSelected(vm.reducedMotionProperty().get());
        calm.setOnAction(e -> vm.setReducedMotion(calm.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(), item("menu.view.presenter", "F5", vm::togglePresenting),
                new SeparatorMenuItem(), dark, calm, languageMenu(), new SeparatorMenuItem(),
                item("menu.view.zoomIn", "Shortcut+=", vm::zoomIn),
                item("menu.view.zoomOut", "Shortcut+-", vm::zoomOut),
                item("menu.view.zoomReset", "Shortcut+0", vm::zoomReset));

        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(
                item("menu.help.classroom", "F1", a.classroomHelp()),
                item("menu.help.shortcuts", null, a.shortcuts()),
                new SeparatorMenuItem(),
                item("menu.help.about", null, a.about()));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View → Language: each language under its own name, the current one ticked. */
    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (UiLanguage l : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setId("language-" + l.tag());
            item.setToggleGroup(group);
            item.setSelected(l == vm.languageProperty().get());
            item.setOnAction(e -> vm.setLanguage(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        if (action == null) {
            m.setDisable(true);
        } else {
            m.setOnAction(e -> action.run());
        }
        return m;
    }

    private Node statusBar(String dataDirText) {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(ShellStyles.STATUS_TEXT.css());
        status.setId("status-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label saved = new Label(Messages.format("status.savedIn", dataDirText));
        saved.getStyleClass().add(ShellStyles.STATUS_HINT.css());
        saved.setTooltip(new Tooltip(Messages.get("status.savedIn.tooltip")));
        HBox bar = new HBox(12, status, gap, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(ShellStyles.STATUS_BAR.css());
        return bar;
    }
}
