/**
 * Quiz panels (one input per quiz type, graded by {@code content}'s {@link org.fanoutlab.content.QuizGrader}) and the
 * review screen, over {@link org.fanoutlab.ui.quiz.QuizPanelViewModel}. Depends on {@code content}, {@code progress}
 * and {@code ui.common}.
 */
package org.fanoutlab.ui.quiz;
