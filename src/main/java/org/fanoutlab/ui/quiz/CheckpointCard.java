package org.fanoutlab.ui.quiz;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * What a lab checkpoint shows while its run is paused: the sentence it says, or a {@link QuizPanel} for the quiz it
 * asks, and Continue. Continue (or Enter) goes on at once after a sentence and once the question is answered:
 * Enter first checks the answer, then goes on. Made for the stage's pause (a host calls {@link #setOnContinue});
 * without a handler it shows no Continue, as a list of a run's stops.
 */
public final class CheckpointCard extends VBox {
    private final Checkpoint checkpoint;
    private final QuizPanel panel;
    private final Button go = new Button(Messages.get("quiz.checkpoint.continue"), new FontIcon(MaterialDesignP.PLAY));
    private Runnable onContinue;

    /**
     * @param panels makes the panel for an asking checkpoint's quiz, so its answers are kept as the host keeps
     *               quiz answers (e.g. {@code q -> new QuizPanel(q, lessonId, progress, course)})
     */
    public CheckpointCard(Checkpoint checkpoint, Function<Quiz, QuizPanel> panels) {
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
        getStylesheets().add(QuizStyles.stylesheet());
        getStyleClass().add(QuizStyles.CHECKPOINT.css());
        String when = Messages.format("quiz.checkpoint.at", AnswerText.runClock(checkpoint.at()));
        String what = Messages.get(checkpoint.asks() ? "quiz.checkpoint.ask.title" : "quiz.checkpoint.say.title");
        Label title = new Label(when + " \u2013 " + what,
                new FontIcon(checkpoint.asks() ? MaterialDesignC.COMMENT_QUESTION_OUTLINE : MaterialDesignC.COMMENT_TEXT_OUTLINE));
        title.getStyleClass().add(QuizStyles.CHECKPOINT_TITLE.css());
        title.setWrapText(true);
        getChildren().add(title);
        if (checkpoint.asks()) {
            panel = panels.apply(checkpoint.ask());
            getChildren().add(panel);
            panel.onAnsweredChange(this::updateContinue);
        } else {
            panel = null;
            SelectableText say = InlineMarkdown.render(checkpoint.say(), QuizStyles.CHECKPOINT_SAY.css());
            getChildren().add(say);
            setFocusTraversable(true);
            setAccessibleText(when + ". " + AnswerText.plainText(checkpoint.say()));
        }
        go.getStyleClass().add(QuizStyles.ACCENT);
        go.setOnAction(e -> goOn());
        HBox buttons = new HBox(go);
        buttons.getStyleClass().add(QuizStyles.CHECKPOINT_BUTTONS.css());
        buttons.setVisible(false);
        buttons.setManaged(false);
        getChildren().add(buttons);
        updateContinue();
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && onContinue != null && canContinue()) {
                goOn();
                e.consume();
            }
        });
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    /** The quiz panel of an asking checkpoint; null for one that says. */
    public QuizPanel panel() {
        return panel;
    }

    /** Whether the run may go on: always after a sentence, after a verdict for a question. */
    public boolean canContinue() {
        return panel == null || panel.isAnswered();
    }

    /** Shows Continue and calls {@code r} when the learner goes on (the host resumes the run). */
    public void setOnContinue(Runnable r) {
        this.onContinue = r;
        Node buttons = go.getParent();
        buttons.setVisible(r != null);
        buttons.setManaged(r != null);
    }

    /** Puts the keyboard focus where the learner acts: the question's input, or Continue. */
    public void focusContent() {
        if (panel != null && !panel.isAnswered()) {
            panel.focusInput();
        } else if (onContinue != null) {
            go.requestFocus();
        } else {
            requestFocus();
        }
    }

    /** Stops what the quiz panel may still run. */
    public void dispose() {
        if (panel != null) {
            panel.dispose();
        }
    }

    private void updateContinue() {
        boolean ok = canContinue();
        go.setDisable(!ok);
        go.setTooltip(new Tooltip(Messages.get(ok ? "quiz.checkpoint.continue.tooltip" : "quiz.checkpoint.continue.after")));
    }

    private void goOn() {
        if (onContinue != null && canContinue()) {
            onContinue.run();
        }
    }
}
