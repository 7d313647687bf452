package org.fanoutlab.classroom;

/**
 * What a participant typed as a nickname, made safe to keep: control and formatting characters (including the
 * bidirectional overrides that can make a name display as something else) are removed and runs of white space
 * become one space. Markup is NOT removed here: every view escapes names where it shows them, so "&lt;b&gt;" stays
 * visible as typed instead of being silently changed.
 */
public final class Nickname {
    public static final int MAX_LENGTH = 30;

    private Nickname() {
    }

    /**
     * @return the cleaned name, or null when nothing printable is left
     * @throws RoomRefusal BAD_REQUEST when longer than {@value #MAX_LENGTH} characters after cleaning
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = sb.length() > 0;
                continue;
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        if (sb.length() == 0) {
            return null;
        }
        String name = sb.toString();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new RoomRefusal(RoomRefusal.Reason.BAD_REQUEST,
                    "name: at most " + MAX_LENGTH + " characters, was " + name.codePointCount(0, name.length()));
        }
        return name;
    }
}
