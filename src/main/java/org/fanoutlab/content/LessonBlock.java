package org.fanoutlab.content;

import java.util.List;

/**
 * A part of a lesson in reading order: Markdown text, an embedded lab, or a quiz. Screens handle each through a
 * {@link Visitor}, so a new kind of block is a compile error in every screen that does not show it yet, never a
 * cast that fails at run time.
 */
public sealed interface LessonBlock permits LessonBlock.Text, LessonBlock.Lab, LessonBlock.QuizBlock {

    /** Line in the lesson file where the block starts. */
    int line();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of block. */
    interface Visitor<R> {
        R text(Text text);

        R lab(Lab lab);

        R quiz(QuizBlock quiz);
    }

    /** Markdown between fenced lab/quiz blocks (other fenced code blocks stay inside the text). */
    record Text(String markdown, int line) implements LessonBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * An embedded animated stage showing {@code preset} (a name in lessons/scenarios/).
     *
     * @param checkpoints moments where the run pauses to say or ask something, in time order; may be empty
     */
    record Lab(String preset, String caption, List<Checkpoint> checkpoints, int line) implements LessonBlock {
        public Lab {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }

        /** A lab block without checkpoints. */
        public Lab(String preset, String caption, int line) {
            this(preset, caption, List.of(), line);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lab(this);
        }
    }

    record QuizBlock(Quiz quiz, int line) implements LessonBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quiz(this);
        }
    }
}
