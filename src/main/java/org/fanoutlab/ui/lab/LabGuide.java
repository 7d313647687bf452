package org.fanoutlab.ui.lab;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.ui.quiz.QuizPanel;

/**
 * The checkpoints a lesson's lab block lays over its preset when the lesson opens it in the Lab (its "Open in the
 * Lab" button, presenter mode): the Lab's run stops at them as the lesson's inline stage does, and their answers
 * are kept with the lesson's.
 *
 * @param preset      the preset the lesson opened
 * @param lessonTitle whose checkpoints these are, for the bar above the run
 * @param panels      makes a quiz panel that records its answers for the lesson
 */
record LabGuide(String preset, String lessonTitle, List<Checkpoint> checkpoints, Function<Quiz, QuizPanel> panels) {

    /** The checkpoints of the first lab block of {@code lessonId} that runs {@code preset}; empty if it has none. */
    static Optional<LabGuide> of(Course course, String lessonId, String preset, Function<Quiz, QuizPanel> panels) {
        if (course == null || lessonId == null) {
            return Optional.empty();
        }
        return course.lesson(lessonId).flatMap(lesson -> lesson.blocks().stream()
                .filter(b -> b instanceof LessonBlock.Lab lab && lab.preset().equals(preset)
                        && !lab.checkpoints().isEmpty())
                .map(b -> new LabGuide(preset, lesson.title(), ((LessonBlock.Lab) b).checkpoints(), panels))
                .findFirst());
    }

    /** The line above a guided run: whose checkpoints, and "Stop at the checkpoints". */
    Node bar(CheckpointGuide<?> guide) {
        return CheckpointOverlay.guideBar(guide, lessonTitle);
    }
}
