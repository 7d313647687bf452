package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.quiz.CheckpointCard;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.ui.quiz.QuizPanel;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.fanoutlab.ui.quiz.QuizStyles;
import org.fanoutlab.ui.common.Navigator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A lesson's {@code lab} block: a framed card with the caption, the live stage for its preset (made lazily,
 * when the card scrolls into view or the learner presses "Show animation") and a way into the Lab.
 */
final class LabCard extends VBox {
    private final LessonBlock.Lab lab;
    private final Path presetFile;
    private final InlineStage.Factory stages;
    private final StackPane stageArea = new StackPane();
    private final Function<Quiz, QuizPanel> panels;
    private final List<CheckpointCard> cards = new ArrayList<>();
    private final HBox buttons;
    private InlineStage stage;
    private CheckpointGuide<?> guide;
    private CheckpointOverlay overlay;
    private boolean disposed;

    /**
     * @param stages makes the inline stage; null shows the card without one
     * @param panels makes the quiz panel of a checkpoint that asks, kept in the learner's progress
     */
    LabCard(LessonBlock.Lab lab, String lessonId, Path presetFile, Navigator navigator, InlineStage.Factory stages,
            Function<Quiz, QuizPanel> panels) {
        this.lab = lab;
        this.presetFile = presetFile;
        this.stages = stages;
        this.panels = panels;
        getStyleClass().add(LabCardStyles.CARD.css());
        Label title = new Label(Messages.format("lesson.lab.title", lab.preset()),
                new FontIcon(MaterialDesignF.FLASK_OUTLINE));
        title.getStyleClass().add(LabCardStyles.TITLE.css());
        getChildren().add(title);
        if (lab.caption() != null && !lab.caption().isBlank()) {
            getChildren().add(InlineMarkdown.render(lab.caption(), LabCardStyles.CAPTION.css()));
        }
        if (stages != null) {
            Button show = new Button(Messages.get("lesson.lab.show"), new FontIcon(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
            show.setTooltip(new Tooltip(Messages.get("lesson.lab.show.tooltip")));
            show.setOnAction(e -> showStage());
            stageArea.getChildren().add(show);
            stageArea.getStyleClass().add(LabCardStyles.STAGE.css());
            if (stages.tall(presetFile)) {
                stageArea.getStyleClass().add(LabCardStyles.STAGE_TALL.css());
            }
            StackPane.setAlignment(show, Pos.CENTER);
            getChildren().add(stageArea);
        }
        if (stages == null && !lab.checkpoints().isEmpty()) {
            getChildren().add(checkpoints(lab, panels));
        }
        Button open = new Button(Messages.get("lesson.lab.open"), new FontIcon(MaterialDesignO.OPEN_IN_APP));
        open.getStyleClass().add(QuizStyles.ACCENT);
        open.setTooltip(new Tooltip(Messages.format("lesson.lab.open.tooltip", lab.preset())));
        // The Lab's run stops at this block's checkpoints too.
        open.setOnAction(e -> navigator.openLab(lab.preset(), lessonId));
        buttons = new HBox(open);
        buttons.getStyleClass().add(LabCardStyles.BUTTONS.css());
        getChildren().add(buttons);
    }

    /**
     * The run's checkpoints, in time order, where there is no stage to pause at them (no live stages, or one that
     * could not be made): each sentence, and each question as a live panel whose answer counts like any quiz's.
     * Folded, so the questions do not give the run away.
     */
    private Node checkpoints(LessonBlock.Lab lab, Function<Quiz, QuizPanel> panels) {
        VBox list = new VBox();
        list.getStyleClass().add(LabCardStyles.CHECKPOINTS_LIST.css());
        for (Checkpoint c : lab.checkpoints()) {
            CheckpointCard card = new CheckpointCard(c, panels);
            cards.add(card);
            list.getChildren().add(card);
        }
        TitledPane pane = new TitledPane(Messages.format("lesson.lab.checkpoints", lab.checkpoints().size()), list);
        pane.setTooltip(new Tooltip(Messages.get("lesson.lab.checkpoints.tooltip")));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add(LabCardStyles.CHECKPOINTS.css());
        return pane;
    }

    String preset() {
        return lab.preset();
    }

    boolean hasStage() {
        return stage != null;
    }

    /** Makes the live stage if it is not there yet (scrolled into view, or "Show animation"). */
    void showStage() {
        if (stageArea.getParent() == null || stage != null || disposed) {
            return;
        }
        // Tab onto "Show animation" scrolls the card into view, which makes the stage right here: the focused
        // button is replaced, and without this the focus would fall back to the top of the window.
        boolean hadFocus = stageArea.getChildren().stream().anyMatch(javafx.scene.Node::isFocused);
        try {
            stage = stages.create(presetFile);
            guide = lab.checkpoints().isEmpty() ? null : stage.guide(lab.checkpoints());
            if (guide != null) {
                // The run stops at each checkpoint and its card shows over the stage; its answers count as quizzes.
                // The card goes under the stage: a lesson's column is too narrow to lay it over the diagram.
                overlay = CheckpointOverlay.below(guide, panels);
                overlay.setId("lab-checkpoint-slot");
                stageArea.getChildren().setAll(stage.view());
                getChildren().add(getChildren().indexOf(stageArea) + 1, overlay);
                buttons.getChildren().add(0, CheckpointOverlay.pauseToggle(guide));
            } else {
                stageArea.getChildren().setAll(stage.view());
                if (!lab.checkpoints().isEmpty()) {
                    getChildren().add(getChildren().indexOf(buttons), checkpoints(lab, panels));
                }
            }
            if (hadFocus) {
                javafx.scene.Node first = stage.view().lookup("#stage-canvas");
                (first != null ? first : stage.view()).requestFocus();
            }
        } catch (Exception | LinkageError e) {
            Label problem = new Label(Messages.format("lesson.lab.problem", message(e)),
                    new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            problem.setWrapText(true);
            problem.getStyleClass().add(QuizStyles.ERROR.css());
            stageArea.getChildren().setAll(problem);
            if (!lab.checkpoints().isEmpty() && cards.isEmpty()) {
                getChildren().add(getChildren().indexOf(buttons), checkpoints(lab, panels));
            }
        }
    }

    /** Stops and releases the stage (the lesson closes). */
    void dispose() {
        disposed = true;
        cards.forEach(CheckpointCard::dispose);
        if (guide != null) {
            guide.detach();
            guide = null;
        }
        if (overlay != null) {
            overlay.dispose();
            getChildren().remove(overlay);
            overlay = null;
        }
        if (stage != null) {
            stage.dispose();
            stage = null;
        }
        stageArea.getChildren().clear();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
