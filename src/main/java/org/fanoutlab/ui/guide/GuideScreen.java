package org.fanoutlab.ui.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.ShellScreen;

/**
 * The decision guide: four questions about the data and its receivers, and the model that fits, with the lab
 * preset that shows it. The shell creates it with the app context and shows {@link #view()}. FX thread only.
 */
public final class GuideScreen implements ShellScreen {
    private final GuideViewModel vm;
    private final HBox root = new HBox(24);
    private final ScrollPane scroll;

    public GuideScreen(AppContext ctx) {
        Path dir = ctx.course() == null ? null : ctx.course().scenariosDir();
        this.vm = new GuideViewModel(presetNames(dir), name -> {
            if (ctx.navigator() != null) {
                ctx.navigator().openLab(name);
            }
        });
        root.getStyleClass().add(GuideStyles.ROOT.css());
        root.getStylesheets().add(GuideScreen.class.getResource(GuideStyles.STYLESHEET).toExternalForm());

        Label title = new Label(Messages.get("guide.title"));
        title.getStyleClass().add(GuideStyles.TITLE.css());
        Label intro = new Label(Messages.get("guide.intro"));
        intro.getStyleClass().add(GuideStyles.INTRO.css());
        intro.setWrapText(true);
        // two by two, so that all four questions and the answer fit a projector's 1280 x 800 without scrolling
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        grid.add(question("guide.q.freshness", Freshness.values(), vm::setFreshness, vm.freshnessProperty(),
                "freshness"), 0, 0);
        grid.add(question("guide.q.fanout", FanOut.values(), vm::setFanOut, vm.fanOutProperty(), "fanout"), 1, 0);
        grid.add(question("guide.q.pace", Pace.values(), vm::setPace, vm.paceProperty(), "pace"), 0, 1);
        grid.add(question("guide.q.change", ChangeRate.values(), vm::setChangeRate, vm.changeRateProperty(),
                "change"), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
        }
        for (Node n : grid.getChildren()) {
            GridPane.setFillHeight(n, true);
            ((VBox) n).setMaxHeight(Double.MAX_VALUE);
        }
        VBox questions = new VBox(14, title, intro, grid);
        questions.getStyleClass().add(GuideStyles.QUESTIONS.css());
        scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(scroll, answerPanel());
    }

    /** The screen's root node. */
    @Override
    public Node view() {
        return root;
    }

    /** @param key the question's bundle key; its help line is under {@code <key>.help} */
    /** A new language: a guide in that language with the same answers, scrolled to the same place. */
    @Override
    public ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
        ShellScreen fresh = rebuild.get();
        if (fresh instanceof GuideScreen next) {
            next.vm.takeAnswers(vm);
            next.scroll.setVvalue(scroll.getVvalue());
        }
        return fresh;
    }

    private <C extends Enum<C> & Choice> VBox question(String key, C[] options, Consumer<C> choose,
                                                       ReadOnlyObjectProperty<C> chosen, String id) {
        Label t = new Label(Messages.get(key));
        t.getStyleClass().add(GuideStyles.QUESTION_TITLE.css());
        t.setWrapText(true);
        Label h = new Label(Messages.get(key + ".help"));
        h.getStyleClass().add(GuideStyles.QUESTION_HELP.css());
        h.setWrapText(true);
        VBox box = new VBox(6, t, h);
        box.getStyleClass().add(GuideStyles.QUESTION.css());
        ToggleGroup group = new ToggleGroup();
        for (C option : options) {
            RadioButton rb = new RadioButton(option.label());
            rb.setId(id + "-" + option.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            rb.setToggleGroup(group);
            rb.setOnAction(e -> choose.accept(option));
            // A long answer wraps in a narrow column rather than ending in "…".
            rb.setWrapText(true);
            rb.setMinHeight(Region.USE_PREF_SIZE);
            Label explain = new Label(option.explanation());
            explain.getStyleClass().add(GuideStyles.OPTION_HELP.css());
            explain.setWrapText(true);
            rb.setAccessibleHelp(option.explanation());
            chosen.addListener((o, a, b) -> rb.setSelected(b == option));
            box.getChildren().add(new VBox(2, rb, explain));
        }
        return box;
    }

    private VBox answerPanel() {
        Label heading = new Label(Messages.get("guide.answer.heading"));
        heading.getStyleClass().add(GuideStyles.QUESTION_TITLE.css());
        Label approach = new Label(Messages.get("guide.answer.none"));
        approach.setId("guide-approach");
        approach.getStyleClass().add(GuideStyles.APPROACH.css());
        approach.setWrapText(true);
        Label why = new Label();
        why.setId("guide-why");
        why.getStyleClass().add(GuideStyles.WHY.css());
        why.setWrapText(true);
        Label note = new Label();
        note.getStyleClass().add(GuideStyles.NOTE.css());
        note.setWrapText(true);
        Button open = new Button(Messages.get("guide.openPreset"));
        open.setId("guide-open-preset");
        open.disableProperty().bind(vm.canOpenPresetProperty().not());
        open.setOnAction(e -> vm.openMatchingPreset());
        Button clear = new Button(Messages.get("guide.startOver"));
        clear.setOnAction(e -> vm.clear());
        vm.recommendationProperty().addListener((o, a, r) -> {
            approach.setText(r == null ? Messages.get("guide.answer.none") : r.approach().title());
            why.setText(r == null ? "" : r.why());
            note.setText(r == null ? "" : (r.presetNote().isEmpty() ? "" : r.presetNote() + " ")
                    + Messages.format("guide.answer.preset", r.preset()));
        });
        // Buttons keep their whole words: when a language's labels are longer than the panel, the second one moves
        // to the next line rather than both ending in "…".
        open.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, open, clear);
        VBox box = new VBox(12, heading, approach, why, note, buttons);
        box.getStyleClass().add(GuideStyles.ANSWER.css());
        box.setMinWidth(340);
        box.setPrefWidth(420);
        box.setMaxWidth(480);
        return box;
    }

    private static Set<String> presetNames(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
