package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.LanesReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.SpanishUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The lanes in Spanish, whose words run about a quarter longer: every table header reads whole, none ends in "…". */
@ExtendWith(SpanishUi.class)
class LanesViewSpanishFxTest {
    private final FxRobot robot = new FxRobot();
    private LanesView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Scenario scenario = ScenarioReader.read(Path.of("lessons", "scenarios", "lanes-all.json"));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            LanesViewModel vm = new LanesViewModel(new LanesPlayback(() -> new LanesReplay(scenario),
                    Runnable::run, new SnapshotBudget(64L << 20, 1_000_000)));
            view = LanesView.drivenByTest(vm);
            s.setScene(new Scene(view, 1200, 780));
            s.show();
        });
        robot.interact(() -> view.frameAt(1_000_000_000L));
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            robot.interact(() -> view.dispose());
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void everyColumnHeaderIsShownWhole() {
        TableView<?> table = robot.lookup("#lanes-table").queryAs(TableView.class);
        assertThat(table.getColumns()).isNotEmpty();
        for (TableColumn<?, ?> c : table.getColumns()) {
            Label header = (Label) c.getGraphic();
            assertThat(header.getText()).doesNotStartWith("!");
            assertThat(shown(header)).as("header of " + header.getText()).isEqualTo(header.getText());
        }
        assertThat(robot.lookup(".lanes-controls-title").queryAllAs(Label.class))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(shown(l)).isEqualTo(Messages.get("lanes.params.heading")));
    }

    /** The text the label's skin actually draws: shortened with an ellipsis when it does not fit. */
    private static String shown(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
