package org.fanoutlab.ui.shell;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fanoutlab.ui.common.Messages;

/** Help → About: what the app is, its version, where progress lives, what it is built with. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner, String version, String dataDir, Image icon) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("about.title"));
        Label name = new Label(Messages.get("app.name"));
        name.getStyleClass().add("title-2");
        Label ver = new Label(Messages.format("about.version", version));
        Label what = new Label(Messages.get("about.body"));
        what.setWrapText(true);
        Label where = new Label(Messages.format("about.dataDir", dataDir));
        where.setWrapText(true);
        Label built = new Label(Messages.get("about.builtWith"));
        built.setWrapText(true);
        built.getStyleClass().add("text-muted");
        VBox text = new VBox(8, name, ver, what, where, built);
        text.setPrefWidth(420);
        ImageView logo = new ImageView(icon);
        logo.setFitWidth(72);
        logo.setPreserveRatio(true);
        HBox content = new HBox(20, logo, text);
        content.getStyleClass().add(ShellStyles.ABOUT.css());
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().add(AboutDialog.class.getResource(ShellStyles.STYLESHEET).toExternalForm());
        // JavaFX words its own ButtonType.CLOSE in the JVM's language, not the UI's: name the button ourselves.
        d.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("about.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.showAndWait();
    }
}
