package org.fanoutlab.ui.classroom;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The error or the notice of the class panel's last action, as a wrapped line with an icon that takes no room
 * while there is nothing to say. The panel and the start dialog show the view-model's messages the same way.
 */
enum MessageLine {
    ERROR("mdi2a-alert-circle-outline", ClassroomStyles.ERROR.css()),
    NOTICE("mdi2c-check", ClassroomStyles.NOTICE.css());

    private final String icon;
    private final String styleClass;

    MessageLine(String icon, String styleClass) {
        this.icon = icon;
        this.styleClass = styleClass;
    }

    /** A label that shows {@code text}, and is hidden and unmanaged while it is empty. */
    Label showing(ObservableStringValue text) {
        Label line = new Label();
        line.setGraphic(new FontIcon(icon));
        line.getStyleClass().add(styleClass);
        line.setWrapText(true);
        line.textProperty().bind(text);
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
