package org.fanoutlab.ui.shell;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;

/** The "?" overlay: a card over the window listing the shortcuts of the current screen. */
final class ShortcutsOverlay {
    private final StackPane scrim = new StackPane();
    private final VBox card = new VBox(12);
    private final ShellViewModel vm;

    ShortcutsOverlay(ShellViewModel vm) {
        this.vm = vm;
        scrim.getStyleClass().add(ShellStyles.OVERLAY_SCRIM);
        scrim.setId("shortcuts-overlay");
        card.getStyleClass().add(ShellStyles.OVERLAY_CARD);
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
        VBox groups = new VBox(16, group(d.title(), ShortcutCatalog.on(d)),
                group(Messages.get("shortcuts.everywhere"), ShortcutCatalog.everywhere()));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        Button close = new Button(Messages.get("shortcuts.close"));
        close.setOnAction(e -> vm.hideShortcuts());
        close.setCancelButton(true);
        card.getChildren().setAll(title, scroll, close);
        close.requestFocus();
    }

    private static Node group(String heading, List<Shortcut> shortcuts) {
        Label h = new Label(heading);
        h.getStyleClass().add(ShellStyles.OVERLAY_GROUP);
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : shortcuts) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(ShellStyles.OVERLAY_KEYS);
            Label action = new Label(s.action());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        return new VBox(8, h, grid);
    }
}
