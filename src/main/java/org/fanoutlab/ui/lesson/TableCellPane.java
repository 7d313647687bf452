package org.fanoutlab.ui.lesson;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A lesson table's cell. Its minimum width is its widest word in the font the stylesheet gave it, so a narrow
 * window wraps a cell between words and never inside one (a text flow alone would shrink to a letter a line).
 */
final class TableCellPane extends StackPane {
    private final TextFlow flow;

    TableCellPane(TextFlow flow) {
        super(flow);
        this.flow = flow;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + widestWord(flow) + 1;
    }

    static double widestWord(TextFlow flow) {
        Text probe = new Text();
        double widest = 0;
        for (Node n : flow.getChildren()) {
            if (n instanceof Text run) {
                Font font = run.getFont();
                probe.setFont(font);
                for (String word : run.getText().split("\\s+")) {
                    if (!word.isEmpty()) {
                        probe.setText(word);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                    }
                }
            }
        }
        return Math.ceil(widest);
    }
}
