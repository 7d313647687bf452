package org.fanoutlab.ui.quiz;

import java.lang.ref.WeakReference;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fanoutlab.ui.common.Messages;

/**
 * A {@link TextFlow} whose text the learner can select with the mouse and copy (Ctrl/Cmd+C or the context
 * menu), which plain TextFlow does not allow. Selection uses TextFlow's own {@code hitTest} and
 * {@code rangeShape}, so it follows wrapping and mixed fonts. Only one paragraph holds a selection at a
 * time. See docs/decisions/0005-lesson-rendering.md.
 *
 * <p>Children must be {@link Text} nodes: the character indices of hitTest count only text.
 */
public final class SelectableText extends TextFlow {
    public static final String STYLE_CLASS = "selectable-text";
    public static final String HIGHLIGHT_STYLE_CLASS = "selection-highlight";

    /** The paragraph that holds the current selection, so starting a new one clears the old. */
    private static WeakReference<SelectableText> active = new WeakReference<>(null);

    private final Path highlight = new Path();
    private int anchor;
    private int caret;

    public SelectableText(Text... runs) {
        getStyleClass().add(STYLE_CLASS);
        highlight.getStyleClass().add(HIGHLIGHT_STYLE_CLASS);
        highlight.setManaged(false); // TextFlow lays out managed children only; the highlight is an overlay
        highlight.setMouseTransparent(true);
        getChildren().add(highlight);
        getChildren().addAll(runs);
        setCursor(Cursor.TEXT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        setOnContextMenuRequested(e -> {
            contextMenu().show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Adds more runs after the existing ones. */
    public void append(Text... runs) {
        getChildren().addAll(runs);
    }

    /** All the text, as it reads. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    public String selectedText() {
        String all = text();
        int from = Math.max(0, Math.min(Math.min(anchor, caret), all.length()));
        int to = Math.max(0, Math.min(Math.max(anchor, caret), all.length()));
        return all.substring(from, to);
    }

    public void select(int from, int to) {
        takeSelection();
        anchor = from;
        caret = to;
        paint();
    }

    public void selectAll() {
        select(0, text().length());
    }

    public void clearSelection() {
        anchor = caret = 0;
        paint();
    }

    /** Copies the selection, or the whole paragraph when nothing is selected. */
    public void copy() {
        String s = selectedText();
        ClipboardContent content = new ClipboardContent();
        content.putString(s.isEmpty() ? text() : s);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        int i = index(e);
        if (e.getClickCount() >= 3) {
            selectAll();
        } else if (e.getClickCount() == 2) {
            selectWord(i);
        } else if (e.isShiftDown() && active.get() == this) {
            caret = i;
            paint();
        } else {
            select(i, i);
        }
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        caret = index(e);
        paint();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copy();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        }
    }

    private int index(MouseEvent e) {
        HitInfo hit = hitTest(new Point2D(e.getX(), e.getY()));
        return Math.max(0, Math.min(hit.getInsertionIndex(), text().length()));
    }

    private void selectWord(int at) {
        String all = text();
        int from = Math.min(at, all.length());
        int to = from;
        while (from > 0 && Character.isLetterOrDigit(all.charAt(from - 1))) {
            from--;
        }
        while (to < all.length() && Character.isLetterOrDigit(all.charAt(to))) {
            to++;
        }
        select(from, to);
    }

    private void takeSelection() {
        SelectableText previous = active.get();
        if (previous != null && previous != this) {
            previous.clearSelection();
        }
        active = new WeakReference<>(this);
    }

    private void paint() {
        int from = Math.min(anchor, caret);
        int to = Math.max(anchor, caret);
        if (from == to) {
            highlight.getElements().clear();
            return;
        }
        PathElement[] shape = rangeShape(from, to);
        highlight.getElements().setAll(List.of(shape));
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(
                Messages.get(selectedText().isEmpty() ? "quiz.text.copyParagraph" : "quiz.text.copy"));
        copy.setOnAction(e -> copy());
        MenuItem all = new MenuItem(Messages.get("quiz.text.selectAll"));
        all.setOnAction(e -> selectAll());
        return new ContextMenu(copy, all);
    }
}
