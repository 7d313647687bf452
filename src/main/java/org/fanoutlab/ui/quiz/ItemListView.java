package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.ItemVerdict;

/**
 * What the classify and order inputs have in common: a list of rows, each one Tab stop and one list item with a
 * verdict line under it, and a screen reader hears a row's words followed by the verdict on its item.
 */
abstract class ItemListView implements QuizInputView {
    protected final VBox box = new VBox();
    protected final FocusRows<VBox> rows = new FocusRows<>();
    /** The verdict line under each row, by row. */
    protected final List<Label> verdicts = new ArrayList<>();
    /** The verdicts shown now; empty before a check. */
    protected List<ItemVerdict> shown = List.of();

    @Override
    public final Node node() {
        return box;
    }

    /** Adds a row: {@code parts} stacked over its verdict line, read as a list item whose help names its keys. */
    protected final void addRow(String styleClass, String help, Node... parts) {
        Label verdict = new Label();
        verdict.getStyleClass().add(QuizStyles.ITEM_VERDICT.css());
        verdict.setWrapText(true);
        QuizPanel.showWhen(verdict, verdict.textProperty().isNotEmpty());
        VBox row = new VBox(parts);
        row.getChildren().add(verdict);
        row.getStyleClass().add(styleClass);
        row.setAccessibleRole(AccessibleRole.LIST_ITEM);
        row.setAccessibleHelp(help);
        rows.add(row);
        verdicts.add(verdict);
        box.getChildren().add(row);
    }

    /** The row a key is for: the focused one, or -1 when none is or Ctrl or Meta is down (those are not ours). */
    protected final int keyRow(KeyEvent e) {
        return e.isControlDown() || e.isMetaDown() ? -1 : rows.focused();
    }

    /** Empties a verdict line (the check was taken back, or the item moved to another row). */
    static void clearVerdict(Label verdict) {
        verdict.setText("");
        verdict.setGraphic(null);
        verdict.getStyleClass().removeAll(QuizStyles.RIGHT.css(), QuizStyles.WRONG.css());
    }

    /** The verdict shown on item {@code item}, or null when there is none. */
    final ItemVerdict verdictOn(int item) {
        for (ItemVerdict v : shown) {
            if (v.index() == item) {
                return v;
            }
        }
        return null;
    }

    /** What a screen reader says for a row: its own words, then the verdict and its feedback when there is one. */
    static String spoken(String rowText, ItemVerdict verdict) {
        return verdict == null ? rowText
                : rowText + " " + QuizPanel.verdictWords(verdict) + " " + AnswerText.plainText(verdict.feedback());
    }
}
