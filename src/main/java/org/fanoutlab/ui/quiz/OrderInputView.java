package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * order: one row per position with the step there and buttons to move it up or down. The keyboard never needs the
 * buttons: a row is one Tab stop, ↑/↓ go to the next row, Alt+↑/↓ move the step and the focus goes with it; every
 * move is said in words under the list.
 */
final class OrderInputView extends ItemListView {
    private final OrderInput input;
    private final List<Position> positions = new ArrayList<>();
    private final Label status = new Label();
    private boolean locked;

    OrderInputView(OrderInput input) {
        this.input = input;
        box.getStyleClass().addAll(QuizStyles.OPTIONS.css(), QuizStyles.ORDER.css());
        int n = input.body().steps().size();
        for (int p = 0; p < n; p++) {
            int position = p;
            Label number = new Label(Integer.toString(p + 1));
            number.getStyleClass().add(QuizStyles.ORDER_POSITION.css());
            Label text = new Label();
            text.getStyleClass().add(QuizStyles.ORDER_TEXT.css());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button up = moveButton(MaterialDesignA.ARROW_UP, "quiz.order.up.tooltip", () -> moveAndFollow(position, -1));
            Button down = moveButton(MaterialDesignA.ARROW_DOWN, "quiz.order.down.tooltip",
                    () -> moveAndFollow(position, 1));
            HBox line = new HBox(number, text, up, down);
            line.getStyleClass().add(QuizStyles.ORDER_ROW.css() + "-line");
            addRow(QuizStyles.ORDER_ROW.css(), Messages.get("quiz.order.help"), line);
            positions.add(new Position(text, up, down));
        }
        status.getStyleClass().add(QuizStyles.ORDER_STATUS.css());
        status.setWrapText(true);
        status.textProperty().bind(input.announcementProperty());
        QuizPanel.showWhen(status, input.announcementProperty().isNotEmpty());
        box.getChildren().add(status);
        input.orderProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    private Button moveButton(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(QuizStyles.ORDER_MOVE.css(), QuizStyles.BUTTON_ICON, QuizStyles.FLAT);
        b.setFocusTraversable(false); // the row is the Tab stop; Alt+↑/↓ move its step
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(Messages.get(tooltip)));
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public boolean onKey(KeyEvent e) {
        int row = keyRow(e);
        if (row < 0 || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
            return false;
        }
        int delta = e.getCode() == KeyCode.UP ? -1 : 1;
        if (e.isAltDown()) {
            moveAndFollow(row, delta);
        } else {
            rows.focus(row + delta);
        }
        return true;
    }

    @Override
    public void focusFirst() {
        rows.focus(0);
    }

    @Override
    public void setLocked(boolean value) {
        locked = value;
        sync();
    }

    @Override
    public void showVerdicts(List<ItemVerdict> list) {
        shown = list;
        sync();
    }

    private void moveAndFollow(int position, int delta) {
        rows.focus(input.move(position, delta));
    }

    private void sync() {
        List<Integer> order = input.orderProperty().get();
        int n = order.size();
        for (int p = 0; p < n; p++) {
            int step = order.get(p);
            String text = input.stepText(step);
            Position at = positions.get(p);
            at.text().setText(text);
            at.up().setDisable(locked || p == 0);
            at.down().setDisable(locked || p == n - 1);
            at.up().setAccessibleText(Messages.format("quiz.order.up.accessible", text));
            at.down().setAccessibleText(Messages.format("quiz.order.down.accessible", text));
            // the verdict belongs to the step, so it moves with it
            Label verdict = verdicts.get(p);
            ItemVerdict v = verdictOn(step);
            clearVerdict(verdict);
            if (v != null) {
                QuizPanel.markVerdict(verdict, v);
            }
            rows.get(p).setAccessibleText(spoken(input.rowText(p), v));
        }
    }

    /** The parts of a row that change when a step moves: the step's text and the buttons that move it. */
    private record Position(Label text, Button up, Button down) {
    }
}
