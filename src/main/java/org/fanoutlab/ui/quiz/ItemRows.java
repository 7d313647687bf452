package org.fanoutlab.ui.quiz;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.ItemVerdict;

/**
 * What the rows of a classify and an order input have in common: each is one list item with a verdict line under
 * it, and a screen reader hears the row's words followed by the verdict on its item.
 */
final class ItemRows {
    private ItemRows() {
    }

    /** A row: {@code parts} stacked, read as one list item whose help says which keys it takes. */
    static VBox row(String styleClass, String help, Node... parts) {
        VBox row = new VBox(parts);
        row.getStyleClass().add(styleClass);
        row.setAccessibleRole(AccessibleRole.LIST_ITEM);
        row.setAccessibleHelp(help);
        return row;
    }

    /** The line under a row that says whether its item was right; it takes no room while it says nothing. */
    static Label verdictLine() {
        Label verdict = new Label();
        verdict.getStyleClass().add(QuizStyles.ITEM_VERDICT);
        verdict.setWrapText(true);
        QuizPanel.showWhen(verdict, verdict.textProperty().isNotEmpty());
        return verdict;
    }

    /** Empties a verdict line (the check was taken back, or the item moved to another row). */
    static void clearVerdict(Label verdict) {
        verdict.setText("");
        verdict.setGraphic(null);
        verdict.getStyleClass().removeAll(QuizStyles.RIGHT, QuizStyles.WRONG);
    }

    /** The verdict on item {@code item} among those shown, or null when none is shown for it. */
    static ItemVerdict verdictOn(List<ItemVerdict> shown, int item) {
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
