package org.fanoutlab.ui.shell;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names the shell's CSS defines. */
enum ShellStyles implements StyleClass {
    SHELL, SIDEBAR, SIDEBAR_TITLE, SIDEBAR_SUBTITLE, NAV_BUTTON, CONTENT_SLOT, STATUS_BAR, STATUS_TEXT, STATUS_HINT,
    PLACEHOLDER, PLACEHOLDER_ICON, PLACEHOLDER_TEXT, ABOUT, PRESENTING, PRESENTER_STRIP, OVERLAY_SCRIM, OVERLAY_CARD,
    OVERLAY_GROUP, OVERLAY_KEYS;

    static final String ZOOM_PREFIX = "zoom-";
    static final String STYLESHEET = "/org/fanoutlab/ui/shell/shell.css";

    @Override
    public String prefix() {
        return "";
    }
}
