package org.fanoutlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.fanoutlab.progress.StoreNotice;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A file the app could not read or save is told in the status bar in the UI's language. */
class StoreNoticesTest {
    private static final Path FILE = Path.of("/home/ana/.fanoutlab/progress.json");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void inEnglishTheStatusBarSaysWhatTheStoreItselfSays() {
        for (StoreNotice.Kind kind : StoreNotice.Kind.values()) {
            for (String store : new String[] {"progress", "settings"}) {
                for (StoreNotice.Cause cause : StoreNotice.Cause.values()) {
                    StoreNotice n = new StoreNotice(kind, store, FILE.resolveSibling(store + ".json"),
                            FILE.resolveSibling(store + ".json.corrupt-20260101T000000Z"), cause, "disk full");
                    assertThat(StoreNotices.say(n)).as(n.kind() + " " + store + " " + cause).isEqualTo(n.toString());
                }
            }
        }
    }

    @Test
    void inSpanishItIsSaidInSpanishWithTheSamePathsAndCause() {
        Messages.setLocale(UiLanguage.SPANISH.locale());
        StoreNotice n = new StoreNotice(StoreNotice.Kind.SAVE_FAILED, "progress", FILE, null,
                StoreNotice.Cause.PERMISSION_DENIED, "");

        assertThat(StoreNotices.say(n)).isEqualTo("Fanout Lab no pudo guardar tu progreso en /home/ana/.fanoutlab "
                + "(permiso denegado); los cambios se conservan solo hasta que cierres la aplicación.");
    }
}
