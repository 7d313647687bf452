package org.fanoutlab.ui.stage;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The diagram's three fonts, sized by the layout: readable in a 360 px lesson block and on a projector. */
final class StageFonts {
    private final StageLayout layout;
    private final Text measure = new Text();
    private Font font;
    private Font bold;
    private Font small;
    private double size;

    StageFonts(StageLayout layout) {
        this.layout = layout;
    }

    void update() {
        if (font == null || size != layout.fontSize()) {
            size = layout.fontSize();
            font = Font.font("System", FontWeight.NORMAL, size);
            bold = Font.font("System", FontWeight.BOLD, size);
            small = Font.font("System", FontWeight.NORMAL, Math.max(10, size * 0.85));
        }
    }

    Font font() {
        return font;
    }

    Font bold() {
        return bold;
    }

    Font small() {
        return small;
    }

    double size() {
        return size;
    }

    static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
