package org.fanoutlab.ui.shell;

/** Style-class names the shell's CSS defines. */
final class ShellStyles {
    static final String SHELL = "shell";
    static final String SIDEBAR = "sidebar";
    static final String SIDEBAR_TITLE = "sidebar-title";
    static final String SIDEBAR_SUBTITLE = "sidebar-subtitle";
    static final String NAV_BUTTON = "nav-button";
    static final String CONTENT = "content-slot";
    static final String STATUS_BAR = "status-bar";
    static final String STATUS_TEXT = "status-text";
    static final String STATUS_HINT = "status-hint";
    static final String PLACEHOLDER = "placeholder";
    static final String PLACEHOLDER_ICON = "placeholder-icon";
    static final String PLACEHOLDER_TEXT = "placeholder-text";
    static final String ABOUT = "about";
    static final String ZOOM_PREFIX = "zoom-";
    static final String PRESENTING = "presenting";
    static final String PRESENTER_STRIP = "presenter-strip";
    static final String OVERLAY_SCRIM = "overlay-scrim";
    static final String OVERLAY_CARD = "overlay-card";
    static final String OVERLAY_GROUP = "overlay-group";
    static final String OVERLAY_KEYS = "overlay-keys";

    static final String STYLESHEET = "/org/fanoutlab/ui/shell/shell.css";

    private ShellStyles() {
    }
}
