package org.fanoutlab.ui.lab;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.LabStyles;

/**
 * A bar above the lab listing what is wrong with a file that did not open, one {@code file:line:col: message}
 * per line, as the command line prints them. The run that was going keeps going underneath.
 */
final class ProblemBar extends HBox {
    private final VBox lines = new VBox(2);

    ProblemBar(ObservableList<String> problems, Runnable dismiss) {
        getStyleClass().add(LabStyles.PROBLEM_BAR.css());
        setId("problem-bar");
        setSpacing(10);
        Label heading = new Label(Messages.get("lab.problem.heading"),
                new FontIcon(MaterialDesignA.ALERT_CIRCLE));
        heading.getStyleClass().add(LabStyles.SECTION_TITLE.css());
        VBox text = new VBox(4, heading, lines);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(Messages.get("lab.problem.dismiss"));
        close.setOnAction(e -> dismiss.run());
        getChildren().addAll(text, close);
        show(problems);
        problems.addListener((ListChangeListener<String>) c -> show(problems));
    }

    private void show(ObservableList<String> problems) {
        lines.getChildren().clear();
        for (String p : problems) {
            Label l = new Label(p);
            l.getStyleClass().add(LabStyles.PROBLEM_LINE.css());
            l.setWrapText(true);
            lines.getChildren().add(l);
        }
        setVisible(!problems.isEmpty());
        setManaged(!problems.isEmpty());
    }
}
