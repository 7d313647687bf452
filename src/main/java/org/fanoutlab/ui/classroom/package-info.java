/**
 * The instructor's class panel: starting a class-mode session, the join code and QR code, asking a quiz, the live
 * results, the reveal and the export, over the toolkit-free {@code classroom} room model and its
 * {@code classroom.server}. Depends on {@code classroom}, {@code classroom.server}, {@code content},
 * {@code ui.quiz} and {@code ui.common}.
 */
package org.fanoutlab.ui.classroom;
