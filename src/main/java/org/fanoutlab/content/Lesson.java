package org.fanoutlab.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed lesson (format: docs/decisions/0001-quiz-and-lab-block-schema.md).
 *
 * @param file the lesson file's name relative to the lessons folder, e.g. {@code 04-pull.md}
 */
public record Lesson(String id, String title, String summary, String file, List<LessonBlock> blocks) {
    public Lesson {
        blocks = List.copyOf(blocks);
    }

    /**
     * The lesson's quizzes in reading order: its quiz blocks and the quizzes its lab checkpoints ask (at the lab's
     * place), so scores, progress and the review count both.
     */
    public List<Quiz> quizzes() {
        List<Quiz> out = new ArrayList<>();
        for (LessonBlock b : blocks) {
            if (b instanceof LessonBlock.QuizBlock q) {
                out.add(q.quiz());
            } else if (b instanceof LessonBlock.Lab lab) {
                lab.checkpoints().stream().filter(Checkpoint::asks).map(Checkpoint::ask).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The lab blocks' checkpoints in reading order. */
    public List<Checkpoint> checkpoints() {
        return blocks.stream().filter(LessonBlock.Lab.class::isInstance)
                .flatMap(b -> ((LessonBlock.Lab) b).checkpoints().stream()).toList();
    }

    /** The checkpoint that asks quiz {@code quizId}; empty for a quiz block's quiz. */
    public Optional<Checkpoint> checkpointAsking(String quizId) {
        return checkpoints().stream().filter(c -> c.asks() && c.ask().id().equals(quizId)).findFirst();
    }
}
