package org.fanoutlab.ui.quiz;

import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * A run (the animated stage, the delivery lanes) with its checkpoints' cards over it: when the guide stops the run at
 * a checkpoint, its {@link CheckpointCard} appears in a corner away from the part the run outlines, takes the
 * keyboard focus, and Continue (Enter, or Space on the button) plays on and gives the focus back. The card appears
 * at once, without animation, and the outline is drawn still: nothing here moves for reduced motion to stop.
 */
public final class CheckpointOverlay extends StackPane {
    private static final double MARGIN = 8;
    /** The card's share of the run's width at most, so the outlined part stays in view beside it. */
    private static final double WIDTH_SHARE = 0.46;
    /** And at most this many of its type's ems wide: a line stays readable, on a projector's large type too. */
    private static final double MAX_EMS = 34;

    private final ChangeListener<Checkpoint> showing = (o, was, now) -> show(now);
    private CheckpointGuide<?> guide;
    private Function<Quiz, QuizPanel> panels;
    private Function<Checkpoint, Pos> corner;
    private final ScrollPane holder = new ScrollPane();
    /** The card goes under the run rather than over it. */
    private final boolean under;
    private CheckpointCard card;
    private Node focusBefore;

    /**
     * A run's view with one guide's cards over it.
     *
     * @param run    the run's view
     * @param panels makes the quiz panel of a checkpoint that asks, kept as the host keeps quiz answers
     * @param corner where a checkpoint's card goes (away from the part it outlines)
     */
    public CheckpointOverlay(Node run, CheckpointGuide<?> guide, Function<Quiz, QuizPanel> panels,
            Function<Checkpoint, Pos> corner) {
        this(run);
        setGuide(Objects.requireNonNull(guide, "guide"), panels, corner);
    }

    /**
     * A layer over more than the run itself (the Lab: the stage and the figures under it, so a long card has room),
     * whose guide comes and goes with the runs ({@link #setGuide}).
     */
    public CheckpointOverlay(Node content) {
        this(content, false);
    }

    /**
     * For a run in a narrow column (a lesson's lab card): a slot for one guide's cards, which the host puts under
     * the run, as wide as it. The whole stage stays in view with its outline, and the column scrolls to show the
     * card. It takes no room while no card is up.
     */
    public static CheckpointOverlay below(CheckpointGuide<?> guide, Function<Quiz, QuizPanel> panels) {
        CheckpointOverlay o = new CheckpointOverlay(null, true);
        o.setGuide(Objects.requireNonNull(guide, "guide"), panels, c -> Pos.TOP_LEFT);
        return o;
    }

    private CheckpointOverlay(Node content, boolean under) {
        this.under = under;
        getStylesheets().add(QuizStyles.stylesheet());
        getStyleClass().add(QuizStyles.CHECKPOINT_LAYER.css());
        holder.setId("checkpoint-card");
        holder.setFitToWidth(true);
        holder.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        holder.getStyleClass().add(QuizStyles.CHECKPOINT_HOLDER.css());
        holder.setVisible(false);
        holder.setManaged(false);
        if (under) {
            holder.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(holder);
            visibleProperty().bind(holder.visibleProperty());
            managedProperty().bind(holder.visibleProperty());
        } else {
            holder.maxHeightProperty().bind(heightProperty().subtract(2 * MARGIN));
            StackPane.setMargin(holder, new Insets(MARGIN));
            getChildren().addAll(content, holder);
        }
    }

    /**
     * The guide whose cards show here from now on, or null for none (the card on show goes).
     *
     * @param panels makes the quiz panel of a checkpoint that asks, kept as the host keeps quiz answers
     * @param corner where a checkpoint's card goes (away from the part it outlines)
     */
    public void setGuide(CheckpointGuide<?> next, Function<Quiz, QuizPanel> panels, Function<Checkpoint, Pos> corner) {
        if (guide != null) {
            guide.showingProperty().removeListener(showing);
        }
        guide = next;
        this.panels = panels;
        this.corner = corner;
        if (next != null) {
            Objects.requireNonNull(panels, "panels");
            Objects.requireNonNull(corner, "corner");
            next.showingProperty().addListener(showing);
        }
        show(next == null ? null : next.showing());
    }

    /**
     * "Stop at checkpoints": on by default; off, the run plays through them (their notches stay on the timeline).
     * The host puts it beside its other controls.
     */
    public static CheckBox pauseToggle(CheckpointGuide<?> guide) {
        CheckBox box = new CheckBox(Messages.format("quiz.checkpoint.pausing", guide.checkpoints().size()));
        box.setId("checkpoint-pausing");
        box.getStyleClass().add(QuizStyles.CHECKPOINT_PAUSING.css());
        box.selectedProperty().bindBidirectional(guide.pausingProperty());
        Tooltip tip = new Tooltip(Messages.get("quiz.checkpoint.pausing.tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        box.setTooltip(tip);
        return box;
    }

    /**
     * The line above a run that a lesson opened elsewhere (the Lab, presenter mode): whose checkpoints these are,
     * and {@link #pauseToggle}.
     */
    public static Node guideBar(CheckpointGuide<?> guide, String lessonTitle) {
        Label from = new Label(Messages.format("quiz.checkpoint.guide.from", lessonTitle),
                new FontIcon(MaterialDesignM.MAP_MARKER_PATH));
        from.getStyleClass().add(QuizStyles.CHECKPOINT_TITLE.css());
        from.setMinWidth(0);
        HBox bar = new HBox(from, pauseToggle(guide));
        bar.getStyleClass().add(QuizStyles.CHECKPOINT_BAR.css());
        bar.getStylesheets().add(QuizStyles.stylesheet());
        return bar;
    }

    /** The card on show, or null (tests read it). */
    public CheckpointCard card() {
        return card;
    }

    @Override
    protected void layoutChildren() {
        if (card != null && !under) {
            Node title = card.lookup("." + QuizStyles.CHECKPOINT_TITLE.css());
            double em = title instanceof Label l ? l.getFont().getSize() : Font.getDefault().getSize();
            holder.setMaxWidth(Math.min(getWidth() * WIDTH_SHARE, em * MAX_EMS));
        }
        super.layoutChildren();
    }

    /** Drops the card and the guide (the run goes away with its host). */
    public void dispose() {
        setGuide(null, null, null);
    }

    private void show(Checkpoint c) {
        boolean hadFocus = card != null && isFocusInside(card);
        if (card != null) {
            card.dispose();
            card = null;
        }
        if (c == null) {
            holder.setContent(null);
            holder.setVisible(false);
            holder.setManaged(false);
            // Back to where the learner was (the stage's canvas: Space pauses again), once the card had the keys.
            if (hadFocus && focusBefore != null && focusBefore.getScene() == getScene()) {
                focusBefore.requestFocus();
            }
            focusBefore = null;
            return;
        }
        card = new CheckpointCard(c, panels);
        card.setOnContinue(guide::goOn);
        // As tall as the card at the width it got (it grows when the verdict shows); only a card taller than the
        // run scrolls.
        CheckpointCard shown = card;
        shown.layoutBoundsProperty().addListener((o, a, b) -> {
            if (card == shown) {
                holder.setPrefViewportHeight(b.getHeight());
                if (under && a.getHeight() != b.getHeight()) {
                    // the verdict made it taller: keep Continue in view
                    Platform.runLater(() -> reveal(holder));
                }
            }
        });
        holder.setPrefViewportHeight(0);
        holder.setContent(card);
        StackPane.setAlignment(holder, corner.apply(c));
        holder.setVisible(true);
        holder.setManaged(true);
        holder.setVvalue(0);
        if (getScene() != null) {
            Node owner = getScene().getFocusOwner();
            focusBefore = owner != null && isFocusInside(this, owner) ? owner : null;
            card.focusContent();
        }
        if (under) {
            // once laid out: scroll the column so the card is in view
            Platform.runLater(() -> reveal(holder));
        }
    }

    /** Scrolls the nearest scroll pane around {@code n} just enough to show all of it (its top, if too tall). */
    static void reveal(Node n) {
        ScrollPane pane = null;
        for (Node p = n.getParent(); p != null && pane == null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                pane = sp;
            }
        }
        if (pane == null || pane.getContent() == null || !n.isVisible()) {
            return;
        }
        Node content = pane.getContent();
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (b == null || extra <= 0) {
            return;
        }
        double top = pane.getVvalue() * extra;
        double view = pane.getViewportBounds().getHeight();
        double want = top;
        if (b.getMaxY() > top + view) {
            want = b.getMaxY() - view;
        }
        if (b.getMinY() < want) {
            want = b.getMinY();
        }
        pane.setVvalue(Math.max(0, Math.min(1, want / extra)));
    }

    private boolean isFocusInside(Node container) {
        return getScene() != null && isFocusInside(container, getScene().getFocusOwner());
    }

    private static boolean isFocusInside(Node container, Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }
}
