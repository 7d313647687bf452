package org.fanoutlab.ui.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;

/** The "?" overlay: a card over the window listing the shortcuts of the current screen. */
final class ShortcutsOverlay {
    private final StackPane scrim = new StackPane();
    private final VBox card = new VBox(12);
    private final ShellViewModel vm;

    ShortcutsOverlay(ShellViewModel vm) {
        this.vm = vm;
        scrim.getStyleClass().add(ShellStyles.OVERLAY_SCRIM.css());
        scrim.setId("shortcuts-overlay");
        card.getStyleClass().add(ShellStyles.OVERLAY_CARD.css());
        card.setMaxWidth(640);
        card.setMaxHeight(560);
        scrim.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        scrim.setOnMouseClicked(e -> {
            if (e.getTarget() == scrim) {
                vm.hideShortcuts();
            }
        });
        scrim.visibleProperty().bind(vm.shortcutsShownProperty());
        scrim.managedProperty().bind(scrim.visibleProperty());
        vm.shortcutsShownProperty().addListener((o, was, now) -> {
            if (now) {
                fill(vm.destinationProperty().get());
            }
        });
    }

    Node node() {
        return scrim;
    }

    private void fill(Destination d) {
        Label title = new Label(Messages.get("shortcuts.title"));
        title.getStyleClass().add("title-3");
        // One grid for both groups, so their descriptions line up.
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(6);
        int row = group(grid, 0, d.title(), ShortcutCatalog.on(d));
        group(grid, row, Messages.get("shortcuts.everywhere"), ShortcutCatalog.everywhere());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Button close = new Button(Messages.get("shortcuts.close"));
        close.setOnAction(e -> vm.hideShortcuts());
        close.setCancelButton(true);
        card.getChildren().setAll(title, scroll, close);
        close.requestFocus();
    }

    /** Adds a heading and its shortcuts from {@code row} on; returns the next free row. */
    private static int group(GridPane grid, int row, String heading, List<Shortcut> shortcuts) {
        Label h = new Label(heading);
        h.getStyleClass().add(ShellStyles.OVERLAY_GROUP.css());
        if (row > 0) {
            GridPane.setMargin(h, new Insets(10, 0, 0, 0));
        }
        grid.add(h, 0, row++, 2, 1);
        for (Shortcut s : shortcuts) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(ShellStyles.OVERLAY_KEYS.css());
            // The keys are never cut ("Alt+Izquierda / Alt+Derecha"); the description beside them wraps instead.
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        return row;
    }
}
