package org.fanoutlab.ui.classroom;

import java.net.URI;
import java.util.Random;
import org.fanoutlab.classroom.QrMatrix;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.Room;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.TestClock;

/**
 * A session without a web server: the bare room, on a test clock, so the panel's view-model is tested without
 * sockets or waiting. A predict quiz's figure is the one given.
 */
final class RoomSession implements ClassSession {
    private final Room room;
    private final Double figure;
    private boolean closed;

    RoomSession(QuizCatalog catalog, TestClock clock, Double figure) {
        this.room = new Room(catalog, RoomSettings.withMax(50), clock, new Random(11));
        this.figure = figure;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public Room room() {
        return room;
    }

    @Override
    public URI url() {
        return URI.create("http://127.0.0.1:8080/");
    }

    @Override
    public URI joinUrl() {
        return url().resolve("/?code=" + room.code().value());
    }

    @Override
    public QrMatrix qr() {
        return QrMatrix.encode(joinUrl().toString());
    }

    @Override
    public void ask(String quizId) {
        room.ask(quizId);
    }

    @Override
    public void reveal() {
        room.reveal(room.currentRound(), figure);
    }

    @Override
    public void close() {
        closed = true;
        room.close();
    }
}
