package org.fanoutlab.ui.shell;

import org.fanoutlab.progress.StoreNotice;
import org.fanoutlab.ui.common.Messages;

/** A store's notice (a file that could not be read or saved) in the UI's language, for the status bar. */
public final class StoreNotices {
    private StoreNotices() {
    }

    public static String say(StoreNotice n) {
        String kind = switch (n.kind()) {
            case CANNOT_OPEN -> "cannotOpen";
            case CANNOT_WRITE_FOLDER -> "cannotWriteFolder";
            case SAVE_FAILED -> "saveFailed";
            case SET_ASIDE -> "setAside";
            case CANNOT_SET_ASIDE -> "cannotSetAside";
        };
        String store = n.store().equals("settings") ? "settings" : "progress";
        String reason = switch (n.cause()) {
            case FOLDER_MISSING -> Messages.get("store.cause.folderMissing");
            case FILE_IN_THE_WAY -> Messages.get("store.cause.fileInTheWay");
            case PERMISSION_DENIED -> Messages.get("store.cause.permissionDenied");
            case NONE, OTHER -> n.detail();
        };
        return Messages.format("store." + kind + "." + store, n.file().toString(), reason,
                String.valueOf(n.folder()), String.valueOf(n.keptAs()));
    }
}
