/**
 * The lesson reader: Markdown rendered to JavaFX nodes, with the lesson's lab blocks as inline stages and its quiz
 * blocks as panels (docs/decisions/0005-lesson-rendering.md). Depends on {@code content}, {@code progress},
 * {@code ui.stage}, {@code ui.lanes}, {@code ui.quiz} and {@code ui.common}.
 */
package org.fanoutlab.ui.lesson;
