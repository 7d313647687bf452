package org.fanoutlab.ui.lesson;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A lesson row: status icon, title, status in words, and the quiz score. */
final class LessonEntryCell extends ListCell<LessonScreenViewModel.Entry> {
    /** Icon, gaps and paddings left of and right of an entry's title, plus room for a scroll bar. */
    private static final double TITLE_INSET = 70;

    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label score = new Label();
    private final HBox box;

    LessonEntryCell(ListView<?> list) {
        title.getStyleClass().add(LessonStyles.ENTRY_TITLE.css());
        title.setWrapText(true);
        status.getStyleClass().add(LessonStyles.ENTRY_STATUS.css());
        score.getStyleClass().add(LessonStyles.ENTRY_SCORE.css());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox meta = new HBox(status, grow, score);
        VBox text = new VBox(title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(icon, text);
        box.getStyleClass().add(LessonStyles.ENTRY.css());
        setPrefWidth(0); // let the list's width decide, so long titles wrap instead of scrolling
        // A cell asks its graphic for a height without a width, so give the wrapping title a width of its
        // own: the list's, less the icon and the paddings.
        title.prefWidthProperty().bind(list.widthProperty().subtract(TITLE_INSET));
        title.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(LessonScreenViewModel.Entry e, boolean empty) {
        super.updateItem(e, empty);
        box.getStyleClass().removeAll(LessonStyles.STATUS_NOT_STARTED.css(), LessonStyles.STATUS_IN_PROGRESS.css(),
                LessonStyles.STATUS_DONE.css());
        if (empty || e == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        title.setText(e.title());
        status.setText(e.statusText());
        score.setText(e.scoreText().isEmpty() ? "" : Messages.format("lesson.entry.score", e.scoreText()));
        switch (e.status()) {
            case NOT_STARTED -> {
                icon.setIconCode(MaterialDesignC.CIRCLE_OUTLINE);
                box.getStyleClass().add(LessonStyles.STATUS_NOT_STARTED.css());
            }
            case IN_PROGRESS -> {
                icon.setIconCode(MaterialDesignC.CIRCLE_HALF_FULL);
                box.getStyleClass().add(LessonStyles.STATUS_IN_PROGRESS.css());
            }
            case DONE -> {
                icon.setIconCode(MaterialDesignC.CHECK_CIRCLE);
                box.getStyleClass().add(LessonStyles.STATUS_DONE.css());
            }
        }
        setAccessibleText(e.scoreText().isEmpty() ? Messages.format("lesson.entry.accessible", e.title(), e.statusText())
                : Messages.format("lesson.entry.accessible.score", e.title(), e.statusText(), e.right(), e.quizzes()));
        setTooltip(new Tooltip(e.summary() == null || e.summary().isBlank() ? e.title() : e.summary()));
        setText(null);
        setGraphic(box);
    }
}
