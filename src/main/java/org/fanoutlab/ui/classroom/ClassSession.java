package org.fanoutlab.ui.classroom;

import java.net.URI;
import org.fanoutlab.classroom.QrMatrix;
import org.fanoutlab.classroom.Room;

/**
 * A running class session as the panel drives it: the room, where phones find it, and the instructor's three
 * buttons. The app's is a web server ({@link ServerSession}); the view-model's tests drive a bare {@link Room}.
 */
interface ClassSession {
    Room room();

    /** The participant page, {@code http://ADDRESS:PORT/}. */
    URI url();

    /** The page with the join code filled in: what the QR code holds. */
    URI joinUrl();

    QrMatrix qr();

    /** @throws org.fanoutlab.classroom.RoomRefusal when the quiz cannot be asked */
    void ask(String quizId);

    /** May wait for a predict quiz's figure: call off the FX thread. */
    void reveal();

    /** Phones are told the session ended, then it stops; waits up to a few seconds for them. */
    void close();
}
