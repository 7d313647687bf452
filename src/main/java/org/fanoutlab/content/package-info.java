/**
 * Lessons and quizzes as authors write them: {@link org.fanoutlab.content.CourseLoader} reads a lessons folder into
 * a {@link org.fanoutlab.content.Course}, with every problem as {@code file:line:column}, the block registry
 * {@link org.fanoutlab.content.LessonBlocks}, and the quiz types ({@link org.fanoutlab.content.QuizType}, each with its
 * {@link org.fanoutlab.content.QuizKind}). Toolkit-free; depends on {@code content.scenario}, {@code content.problem}
 * and {@code engine} (predict quizzes run presets).
 */
package org.fanoutlab.content;
