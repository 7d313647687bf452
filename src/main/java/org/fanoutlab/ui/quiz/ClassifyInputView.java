package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.ui.common.Messages;

/**
 * classify: one row per item with its text and a button per bucket. The keyboard never needs the buttons: a row is
 * one Tab stop, its digits and ←/→ choose the bucket, ↑/↓ go to the next row, and a digit moves on to the next row.
 */
final class ClassifyInputView extends ItemListView {
    private final ClassifyInput input;
    private final List<List<ToggleButton>> buttons = new ArrayList<>();
    private final Label progress = new Label();

    ClassifyInputView(ClassifyInput input) {
        this.input = input;
        box.getStyleClass().addAll(QuizStyles.OPTIONS.css(), QuizStyles.SORT.css());
        ClassifyQuiz.Body body = input.body();
        for (int i = 0; i < body.items().size(); i++) {
            int item = i;
            Label text = new Label(AnswerText.plainText(body.items().get(i).text()));
            text.getStyleClass().add(QuizStyles.SORT_ITEM.css());
            text.setWrapText(true);
            FlowPane bar = new FlowPane();
            bar.getStyleClass().add(QuizStyles.BUCKETS.css());
            List<ToggleButton> own = new ArrayList<>();
            for (int b = 0; b < body.buckets().size(); b++) {
                int bucket = b;
                ToggleButton button = new ToggleButton((b + 1) + "  " + body.buckets().get(b));
                button.getStyleClass().add(QuizStyles.BUCKET.css());
                button.setFocusTraversable(false); // the row is the Tab stop; its keys choose the bucket
                button.setTooltip(new Tooltip(Messages.format("quiz.classify.bucket.tooltip", body.buckets().get(b), b + 1)));
                button.setOnAction(e -> {
                    input.place(item, bucket);
                    sync(); // a locked input keeps its bucket: undo the click
                    rows.get(item).requestFocus();
                });
                own.add(button);
                bar.getChildren().add(button);
            }
            addRow(QuizStyles.SORT_ROW.css(), Messages.format("quiz.classify.help", body.buckets().size()), text, bar);
            buttons.add(own);
        }
        progress.getStyleClass().add(QuizStyles.SORT_PROGRESS.css());
        box.getChildren().add(progress);
        input.placedProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    @Override
    public boolean onKey(KeyEvent e) {
        int row = keyRow(e);
        if (row < 0 || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String name = code.getName();
            int bucket = name.charAt(name.length() - 1) - '1';
            if (bucket < 0 || bucket >= input.body().buckets().size() || input.isLocked()) {
                return false;
            }
            input.place(row, bucket);
            rows.focus(row + 1);
            return true;
        }
        switch (code) {
            case LEFT -> input.shift(row, -1);
            case RIGHT -> input.shift(row, 1);
            case UP -> rows.focus(row - 1);
            case DOWN -> rows.focus(row + 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void focusFirst() {
        int first = input.firstUnplaced();
        rows.focus(first < 0 ? 0 : first);
    }

    @Override
    public void setLocked(boolean locked) {
        buttons.forEach(own -> own.forEach(b -> b.setDisable(locked)));
    }

    @Override
    public void showVerdicts(List<ItemVerdict> list) {
        shown = list;
        verdicts.forEach(ItemListView::clearVerdict);
        for (ItemVerdict v : list) {
            if (v.index() >= 0 && v.index() < verdicts.size()) {
                QuizPanel.markVerdict(verdicts.get(v.index()), v);
            }
        }
        sync();
    }

    private void sync() {
        List<Integer> placed = input.placedProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            for (int b = 0; b < buttons.get(i).size(); b++) {
                buttons.get(i).get(b).setSelected(placed.get(i) == b);
            }
            rows.get(i).setAccessibleText(spoken(input.rowText(i), verdictOn(i)));
        }
        progress.setText(input.progressText());
    }
}
