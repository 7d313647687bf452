package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** The focusable rows of a classify or order input: which one has the keyboard, and moving it up or down. */
final class FocusRows<N extends Node> {
    private final List<N> rows = new ArrayList<>();

    void add(N row) {
        row.setFocusTraversable(true);
        row.setOnMouseClicked(e -> row.requestFocus());
        rows.add(row);
    }

    N get(int index) {
        return rows.get(index);
    }

    int size() {
        return rows.size();
    }

    /** The row that holds the scene's focus owner, or -1. */
    int focused() {
        Node any = rows.isEmpty() ? null : rows.get(0);
        Node owner = any == null || any.getScene() == null ? null : any.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            int i = rows.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Focuses row {@code index}; nothing happens past either end. */
    void focus(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).requestFocus();
        }
    }
}
