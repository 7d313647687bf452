package org.fanoutlab.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.fanoutlab.content.Quiz;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Ask the room" button a quiz shows while a class session is open; one look wherever a quiz is. */
public final class AskTheRoomButton {
    /** Style class of the button, for the screens' CSS and for tests. */
    public static final String STYLE_CLASS = "ask-the-room";

    private AskTheRoomButton() {
    }

    /** A button that asks {@code quiz}, shown (and taking room in the layout) only while it can be asked. */
    public static Button of(AskTheRoom room, Quiz quiz) {
        Button b = new Button(Messages.get("classroom.askRoom"), new FontIcon("mdi2c-cellphone-text"));
        b.getStyleClass().add(STYLE_CLASS);
        b.setTooltip(new Tooltip(Messages.get("classroom.askRoom.tooltip")));
        b.setFocusTraversable(true);
        // beside a long prompt in a row it must keep its words, not shrink to "…"
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> room.ask(quiz));
        if (room.canAsk(quiz)) {
            b.visibleProperty().bind(room.openProperty());
        } else {
            b.setVisible(false);
        }
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }
}
