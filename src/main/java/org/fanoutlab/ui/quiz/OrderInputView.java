package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * order: one row per position with the step there and buttons to move it up or down. The keyboard never needs the
 * buttons: a row is one Tab stop, ↑/↓ go to the next row, Alt+↑/↓ move the step and the focus goes with it; every
 * move is said in words under the list.
 */
final class OrderInputView implements QuizInputView {
    private final OrderInput input;
    private final VBox box = new VBox();
    private final FocusRows<VBox> rows = new FocusRows<>();
    private final List<Label> texts = new ArrayList<>();
    private final List<Button> ups = new ArrayList<>();
    private final List<Button> downs = new ArrayList<>();
    private final List<Label> verdicts = new ArrayList<>();
    private final Label status = new Label();
    private List<ItemVerdict> shown = List.of();
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
            Label verdict = new Label();
            verdict.getStyleClass().add(QuizStyles.ITEM_VERDICT.css());
            verdict.setWrapText(true);
            QuizPanel.showWhen(verdict, verdict.textProperty().isNotEmpty());
            VBox row = new VBox(line, verdict);
            row.getStyleClass().add(QuizStyles.ORDER_ROW.css());
            row.setAccessibleRole(AccessibleRole.LIST_ITEM);
            row.setAccessibleHelp(Messages.get("quiz.order.help"));
            rows.add(row);
            texts.add(text);
            ups.add(up);
            downs.add(down);
            verdicts.add(verdict);
            box.getChildren().add(row);
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
    public Node node() {
        return box;
    }

    @Override
    public boolean onKey(KeyEvent e) {
        int row = rows.focused();
        if (row < 0 || e.isControlDown() || e.isMetaDown() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
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
            texts.get(p).setText(text);
            ups.get(p).setDisable(locked || p == 0);
            downs.get(p).setDisable(locked || p == n - 1);
            ups.get(p).setAccessibleText(Messages.format("quiz.order.up.accessible", text));
            downs.get(p).setAccessibleText(Messages.format("quiz.order.down.accessible", text));
            Label verdict = verdicts.get(p);
            verdict.setText("");
            verdict.setGraphic(null);
            verdict.getStyleClass().removeAll(QuizStyles.RIGHT.css(), QuizStyles.WRONG.css());
            String said = input.rowText(p);
            for (ItemVerdict v : shown) {
                if (v.index() == step) {
                    QuizPanel.markVerdict(verdict, v);
                    said += " " + QuizPanel.verdictWords(v) + " " + AnswerText.plainText(v.feedback());
                }
            }
            rows.get(p).setAccessibleText(said);
        }
    }
}
