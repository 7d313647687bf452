package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A canvas control's colours come from CSS: its named ones under its prefix, and the shared token set. */
@ExtendWith(ApplicationExtension.class)
class CanvasControlFxTest {
    /**
     * Made on first use, by then inside the toolkit: CSS metadata reaches {@code Control}, whose class set-up needs
     * a running toolkit, so a static field here would fail whenever this class happens to load first.
     */
    private static final class ProbeCss {
        static final CanvasColors.Css CSS = CanvasColors.css("-probe-", new String[][] {
            {"ink", "#101010"}, {"paper", "#FAFAFA"}});
    }

    /** The smallest canvas control: two named colours, counts how often it was told they changed. */
    static final class Probe extends CanvasControl {
        final List<Long> seen = new ArrayList<>();

        Probe() {
            super(ProbeCss.CSS, "probe");
        }

        @Override
        protected void colorsChanged() {
            super.colorsChanged();
            seen.add(colorsVersion());
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new SkinBase<>(this) {
            };
        }
    }

    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 200, 200));
        stage.show();
    }

    @Test
    void beforeAnyCssItHasTheLightThemesColours() {
        Probe p = new Probe();
        assertThat(p.color("ink")).isEqualTo(Color.web("#101010"));
        assertThat(p.color("paper")).isEqualTo(Color.web("#FAFAFA"));
        assertThat(p.tokenColor(TokenRole.POST)).isEqualTo(TokenRole.POST.initial());
        assertThat(p.colorsVersion()).isZero();
    }

    @Test
    void cssSetsNamedAndTokenColoursAndEveryChangeBumpsTheVersion(FxRobot robot) {
        Probe p = new Probe();
        List<Long> tokenChanges = new ArrayList<>();
        p.onTokenColors(() -> tokenChanges.add(p.colorsVersion()));
        robot.interact(() -> {
            host.getChildren().setAll(p);
            p.setStyle("-probe-ink: #336699; -token-post: #00FF00;");
            p.applyCss();
        });

        assertThat(p.color("ink")).isEqualTo(Color.web("#336699"));
        assertThat(p.color("paper")).as("not set by CSS").isEqualTo(Color.web("#FAFAFA"));
        assertThat(p.tokenColor(TokenRole.POST)).isEqualTo(Color.web("#00FF00"));
        assertThat(p.colorsVersion()).as("one bump per colour that changed").isEqualTo(2);
        assertThat(p.seen).containsExactlyInAnyOrder(1L, 2L);
        assertThat(tokenChanges).as("only the token colour told the token listener").hasSize(1);
        assertThat(p.getCssMetaData()).containsAll(ProbeCss.CSS.all());
    }
}
