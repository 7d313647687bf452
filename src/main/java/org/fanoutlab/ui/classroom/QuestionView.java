package org.fanoutlab.ui.classroom;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The question the room is answering, live: its prompt, how many answered, the chart of answers (bars, parts or a
 * dot plot), the names when shown, and the reveal with what it marked.
 */
final class QuestionView extends VBox {
    private final ClassroomViewModel vm;
    private final Navigator navigator;
    private final StackPane chartHolder = new StackPane();
    private final VBox names = new VBox();
    private final ScrollPane namesPane = new ScrollPane(names);
    private final Label meta = new Label();
    private final VBox prompt = new VBox();
    private final Label answered = new Label();
    private final Label rightText = new Label();
    private final Label correct = new Label();
    private final Button runOnStage = new Button(Messages.get("classroom.runOnStage"),
            new FontIcon("mdi2p-play-circle-outline"));
    private LiveRound shown;

    QuestionView(ClassroomViewModel vm, Navigator navigator) {
        super(8);
        this.vm = vm;
        this.navigator = navigator;
        meta.getStyleClass().add(ClassroomStyles.QUESTION_META.css());
        meta.setWrapText(true);
        answered.setId("class-answered");
        answered.getStyleClass().add(ClassroomStyles.ANSWERED.css());
        chartHolder.setId("class-chart");
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        chartHolder.setMinHeight(120);
        names.getStyleClass().add(ClassroomStyles.NAMES.css());
        names.setId("class-names");
        namesPane.setFitToWidth(true);
        namesPane.setPrefWidth(260);
        namesPane.setMinWidth(200);

        HBox chartAndNames = new HBox(16, chartHolder, namesPane);
        HBox.setHgrow(chartHolder, Priority.ALWAYS);
        VBox.setVgrow(chartAndNames, Priority.ALWAYS);
        getChildren().setAll(meta, prompt, answered, chartAndNames, revealRow(), rightText);
        getStyleClass().add(ClassroomStyles.QUESTION.css());
        VBox.setVgrow(this, Priority.ALWAYS);

        vm.roundProperty().addListener((obs, was, now) -> showRound(now));
        vm.namesShownProperty().addListener((obs, was, now) -> showNames(now));
        vm.headcountProperty().addListener((obs, was, now) -> showAnswered());
        showRound(vm.roundProperty().get());
        showNames(false);
    }

    /** The number of the round on screen, 0 before the first question. */
    int round() {
        return shown == null ? 0 : shown.round();
    }

    private Node revealRow() {
        Button reveal = new Button(Messages.get("classroom.reveal"), new FontIcon("mdi2e-eye-check-outline"));
        reveal.setId("class-reveal");
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setTooltip(new Tooltip(Messages.get("classroom.reveal.tooltip")));
        reveal.setOnAction(e -> vm.reveal());
        reveal.disableProperty().bind(vm.revealingProperty()
                .or(vm.phaseProperty().isNotEqualTo(ClassroomViewModel.Phase.OPEN))
                .or(BooleanExpression.booleanExpression(vm.roundProperty().map(r -> r.revealed()).orElse(true))));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label running = new Label(Messages.get("classroom.revealing"), spinner);
        running.visibleProperty().bind(vm.revealingProperty());
        running.managedProperty().bind(running.visibleProperty());
        runOnStage.setId("class-run-stage");
        runOnStage.setTooltip(new Tooltip(Messages.get("classroom.runOnStage.tooltip")));
        runOnStage.setOnAction(e -> {
            if (shown != null && shown.quiz().body() instanceof PredictQuiz.Body p) {
                navigator.openLab(p.preset());
            }
        });
        rightText.setId("class-right-text");
        rightText.getStyleClass().add(ClassroomStyles.RIGHT_TEXT.css());
        rightText.setWrapText(true);
        correct.setId("class-correct");
        correct.getStyleClass().add(ClassroomStyles.ANSWERED.css());
        HBox row = new HBox(12, reveal, running, runOnStage, correct);
        row.getStyleClass().add(ClassroomStyles.REVEAL_ROW.css());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showRound(LiveRound round) {
        shown = round;
        if (round == null) {
            meta.setText("");
            prompt.getChildren().clear();
            answered.setText("");
            rightText.setText("");
            correct.setText("");
            Label empty = new Label(Messages.get("classroom.question.none"));
            empty.getStyleClass().add(ClassroomStyles.EMPTY.css());
            empty.setWrapText(true);
            chartHolder.getChildren().setAll(empty);
            runOnStage.setVisible(false);
            runOnStage.setManaged(false);
            names.getChildren().clear();
            return;
        }
        Quiz quiz = round.quiz();
        meta.setText(Messages.format("classroom.question.meta", round.round(), round.lessonTitle(),
                QuizPicker.typeName(quiz.type())));
        prompt.getChildren().setAll(InlineMarkdown.render(quiz.prompt(), ClassroomStyles.PROMPT.css()));
        showAnswered();
        chartHolder.getChildren().setAll(chart(round));
        rightText.setText(round.rightText());
        correct.setText(round.correct() == null ? "" : Messages.format("classroom.question.correct", round.correct(),
                round.answered()));
        boolean predict = quiz.type() == QuizType.PREDICT;
        runOnStage.setVisible(predict);
        runOnStage.setManaged(predict);
        List<Node> rows = new ArrayList<>();
        Label title = new Label(Messages.get("classroom.names.title"));
        title.getStyleClass().add(ClassroomStyles.JOIN_LABEL.css());
        rows.add(title);
        for (LiveRound.NameRow n : round.names()) {
            Label row = new Label(Messages.format("classroom.names.row", n.name(), n.answer()));
            row.getStyleClass().add(ClassroomStyles.NAME_ROW.css());
            row.setWrapText(true);
            if (n.correct() != null) {
                row.setGraphic(new FontIcon(n.correct() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
                row.getStyleClass().add(n.correct() ? ClassroomStyles.RIGHT.css() : ClassroomStyles.WRONG.css());
            }
            rows.add(row);
        }
        names.getChildren().setAll(rows);
    }

    private void showAnswered() {
        answered.setText(shown == null ? "" : Messages.format("classroom.question.answered", shown.answered(),
                vm.headcountProperty().get().joined()));
    }

    private void showNames(boolean on) {
        namesPane.setVisible(on);
        namesPane.setManaged(on);
    }

    private static Node chart(LiveRound round) {
        Chart chart = round.chart();
        if (chart instanceof Chart.Bars bars) {
            return new BarsView(bars);
        }
        if (chart instanceof Chart.Parts parts) {
            return new PartsView(parts, round.quiz().type() == QuizType.ORDER);
        }
        Chart.Dots dots = (Chart.Dots) chart;
        String markerText = "";
        if (dots.plot().marker() != null) {
            markerText = Messages.format(round.quiz().type() == QuizType.PREDICT ? "classroom.dots.marker.engine"
                    : "classroom.dots.marker.answer", LiveResults.figure(round.quiz(), dots.plot().marker()));
        }
        DotPlotView view = new DotPlotView(dots.plot(), markerText);
        view.setId("class-dot-plot");
        return view;
    }
}
