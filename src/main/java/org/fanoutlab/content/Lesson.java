package org.fanoutlab.content;

import java.util.List;

/**
 * A parsed lesson (DESIGN.md §3).
 *
 * @param file the lesson file's name relative to the lessons folder, e.g. {@code 04-pull.md}
 */
public record Lesson(String id, String title, String summary, String file, List<LessonBlock> blocks) {
    public Lesson {
        blocks = List.copyOf(blocks);
    }

    /** The lesson's quizzes in reading order. */
    public List<Quiz> quizzes() {
        return blocks.stream()
                .filter(LessonBlock.QuizBlock.class::isInstance)
                .map(b -> ((LessonBlock.QuizBlock) b).quiz())
                .toList();
    }
}
