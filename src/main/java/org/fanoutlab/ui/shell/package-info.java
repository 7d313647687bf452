/**
 * The main window: sidebar navigation, menus, shortcuts, presenter mode, theme and language
 * ({@link org.fanoutlab.ui.shell.ShellView}, {@link org.fanoutlab.ui.shell.ShellViewModel}). Screens reach it only through
 * {@code ui.common}'s {@link org.fanoutlab.ui.common.Navigator}; depends on {@code content}, {@code progress},
 * {@code ui.lesson}, {@code ui.stage} and {@code ui.common}.
 */
package org.fanoutlab.ui.shell;
