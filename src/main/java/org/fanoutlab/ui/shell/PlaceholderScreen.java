package org.fanoutlab.ui.shell;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.Messages;

/** Says plainly what a screen will hold until its feature lands. */
final class PlaceholderScreen implements ShellScreen {
    private final VBox root;

    PlaceholderScreen(Destination d) {
        FontIcon icon = new FontIcon(d.iconLiteral());
        icon.getStyleClass().add(ShellStyles.PLACEHOLDER_ICON.css());
        Label title = new Label(d.title());
        title.getStyleClass().add("title-2");
        Label body = new Label(Messages.get("placeholder." + d.key()));
        body.setWrapText(true);
        body.getStyleClass().add(ShellStyles.PLACEHOLDER_TEXT.css());
        root = new VBox(16, icon, title, body);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(ShellStyles.PLACEHOLDER.css());
    }

    @Override
    public Node view() {
        return root;
    }

    /** Nothing to carry over: the same words, in the new language. */
    @Override
    public ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
        return rebuild.get();
    }
}
