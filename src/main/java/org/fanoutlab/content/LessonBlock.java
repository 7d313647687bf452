package org.fanoutlab.content;

/** A part of a lesson in reading order: Markdown text, an embedded lab, or a quiz. */
public sealed interface LessonBlock permits LessonBlock.Text, LessonBlock.Lab, LessonBlock.QuizBlock {

    /** Line in the lesson file where the block starts. */
    int line();

    /** Markdown between fenced lab/quiz blocks (other fenced code blocks stay inside the text). */
    record Text(String markdown, int line) implements LessonBlock {
    }

    /** An embedded animated stage showing {@code preset} (a name in lessons/scenarios/). */
    record Lab(String preset, String caption, int line) implements LessonBlock {
    }

    record QuizBlock(Quiz quiz, int line) implements LessonBlock {
    }
}
