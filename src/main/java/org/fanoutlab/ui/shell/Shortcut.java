package org.fanoutlab.ui.shell;

/** One line of the "?" overlay: the keys, and what they do. */
public record Shortcut(String keys, String action) {
}
