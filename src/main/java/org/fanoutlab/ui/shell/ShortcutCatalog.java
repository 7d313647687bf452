package org.fanoutlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.ui.common.Messages;

/**
 * The shortcuts the "?" overlay lists, read from the message bundle ({@code shortcuts.<group>.<n>=keys|action}),
 * so the overlay, its translation and the keys stay in one place.
 */
public final class ShortcutCatalog {
    private static final int MAX_PER_GROUP = 40;

    private ShortcutCatalog() {
    }

    public static List<Shortcut> everywhere() {
        return group("everywhere");
    }

    /** The shortcuts that work on {@code d}'s screen, besides the ones that work everywhere. */
    public static List<Shortcut> on(Destination d) {
        return group(d.key());
    }

    static List<Shortcut> group(String name) {
        List<Shortcut> out = new ArrayList<>();
        for (int i = 1; i <= MAX_PER_GROUP; i++) {
            String line = Messages.get("shortcuts." + name + "." + i);
            if (line.startsWith("!")) {
                break;
            }
            int bar = line.indexOf('|');
            out.add(bar < 0 ? new Shortcut("", line) : new Shortcut(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
        }
        return out;
    }
}
