package org.fanoutlab.ui.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.quiz.QuizStyles;

/**
 * A Markdown page outside the course (Help → How to use this in class), drawn by the lesson reader's renderer
 * so it looks and selects like a lesson. Front matter, if any, is left out.
 */
public final class MarkdownPage {
    private MarkdownPage() {
    }

    /** The page in a scrolling reading column; a file that cannot be read becomes a one-line message. */
    public static Node render(Path file, Path assetsDir) {
        String markdown;
        try {
            markdown = withoutFrontMatter(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            markdown = Messages.format("lesson.page.unreadable", file.getFileName(), e.getMessage());
        }
        VBox column = new VBox();
        column.getStyleClass().add(LessonStyles.COLUMN.css());
        column.getChildren().addAll(new MarkdownRenderer(ref -> Optional.empty(), id -> { }, assetsDir)
                .render(markdown));
        StackPane centred = new StackPane(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(LessonStyles.READER.css());
        scroll.getStylesheets().addAll(QuizStyles.stylesheet(), LessonStyles.stylesheet());
        return scroll;
    }

    static String withoutFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return text;
        }
        int next = text.indexOf('\n', end + 4);
        return next < 0 ? "" : text.substring(next + 1);
    }
}
