package org.fanoutlab.ui.classroom;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import org.fanoutlab.classroom.FigureSource;
import org.fanoutlab.classroom.QrMatrix;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.Room;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.server.ClassServer;

/** The app's session: the class room's web server on the address and port the instructor chose. */
final class ServerSession implements ClassSession {
    private final ClassServer server;

    ServerSession(ClassServer server) {
        this.server = server;
    }

    /** Starts real rooms: the course's quizzes, predict figures from {@code figures}, up to 200 phones. */
    static SessionStarter starter(QuizCatalog catalog, FigureSource figures) {
        return (address, port) -> new ServerSession(ClassServer.start(catalog, figures,
                ClassServer.Options.of(address, port, RoomSettings.DEFAULT_MAX), Clock.systemUTC(), new SecureRandom()));
    }

    /** The server, for the load probe that sends phones at it. */
    ClassServer server() {
        return server;
    }

    @Override
    public Room room() {
        return server.room();
    }

    @Override
    public URI url() {
        return server.url();
    }

    @Override
    public URI joinUrl() {
        return server.joinUrl();
    }

    @Override
    public QrMatrix qr() {
        return server.qr();
    }

    @Override
    public void ask(String quizId) {
        server.ask(quizId);
    }

    @Override
    public void reveal() {
        server.reveal();
    }

    @Override
    public void close() {
        server.close();
    }
}
