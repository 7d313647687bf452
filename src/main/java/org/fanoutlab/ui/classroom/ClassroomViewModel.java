package org.fanoutlab.ui.classroom;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.fanoutlab.classroom.ParticipantAnswer;
import org.fanoutlab.classroom.PresetFigureSource;
import org.fanoutlab.classroom.QrMatrix;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RoomRefusal;
import org.fanoutlab.classroom.RoomSnapshot;
import org.fanoutlab.classroom.RoundResult;
import org.fanoutlab.classroom.SessionCsv;
import org.fanoutlab.classroom.TrafficSnapshot;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.AskTheRoom;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.FileDialog;
import org.fanoutlab.ui.common.Messages;

/**
 * The instructor's class panel without the toolkit: starts and ends a session, asks quizzes, reveals, keeps the live
 * results and the room's traffic, exports the CSV.
 *
 * <p>Threads: starting, revealing (a predict quiz waits for its preset's run) and ending block, so they run on
 * {@code work}; what they change is set on {@code ui} (the FX thread in the app). The room tells of every join and
 * answer on a server thread; that only marks the latest snapshot, and {@link #refresh()} (the view's timer, a few
 * times a second) applies it: a busy room costs the FX thread a few updates a second, not one per answer.
 * Tests pass direct executors and call {@link #refresh()} themselves.
 */
public final class ClassroomViewModel implements AskTheRoom {
    /** The port offered first: easy to type, the same as the headless {@code class} command's. */
    public static final int DEFAULT_PORT = 8080;

    /** Where the session is. */
    public enum Phase {
        IDLE, STARTING, OPEN, ENDING, ENDED;

        /** A session holds the room: a new one cannot start. */
        boolean busy() {
            return this == STARTING || this == OPEN || this == ENDING;
        }
    }

    /**
     * How phones get into the session, all known once it opens.
     *
     * @param url     the address people type
     * @param joinUrl the link the QR code holds: the page with the code filled in
     * @param code    the join code as the room reads it off the projector: "123 456"
     * @param qr      the QR code of {@code joinUrl}; null before a session opened
     */
    public record Join(String url, String joinUrl, String code, QrMatrix qr) {
        static final Join NONE = new Join("", "", "", null);
    }

    /**
     * Who is in the room, as of the latest refresh.
     *
     * @param connected participants with a push stream open now
     */
    public record Headcount(int joined, int connected, int maxParticipants) {
        static final Headcount NONE = new Headcount(0, 0, 0);
    }

    private final QuizCatalog catalog;
    private final SessionStarter starter;
    private final Executor work;
    private final Executor ui;
    private final AtomicReference<RoomSnapshot> latest = new AtomicReference<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Join> join = new ReadOnlyObjectWrapper<>(Join.NONE);
    private final ReadOnlyObjectWrapper<Headcount> headcount = new ReadOnlyObjectWrapper<>(Headcount.NONE);
    private final ReadOnlyObjectWrapper<TrafficSnapshot> traffic =
            new ReadOnlyObjectWrapper<>(new TrafficSnapshot(0, 0, 0, 0));
    private final ReadOnlyObjectWrapper<LiveRound> round = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealing = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty namesShown = new SimpleBooleanProperty(false);
    private volatile ClassSession session;
    private boolean disposed;
    private Runnable onAsked = () -> {
    };

    /**
     * The app's panel: the whole course may be asked, predict figures come from running the preset headless, and
     * blocking work runs on a daemon thread of its own.
     *
     * @param ui the FX thread ({@code Platform::runLater})
     */
    public static ClassroomViewModel forCourse(Course course, Executor ui) {
        ExecutorService work = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "class-panel");
            t.setDaemon(true);
            return t;
        });
        QuizCatalog catalog = QuizCatalog.of(course, null);
        return new ClassroomViewModel(catalog, ServerSession.starter(catalog, new PresetFigureSource(course::preset)),
                work, ui);
    }

    /**
     * @param catalog what may be asked (the whole course in the app)
     * @param work    where blocking calls run (a daemon thread in the app)
     * @param ui      where their results are set (Platform::runLater in the app)
     */
    ClassroomViewModel(QuizCatalog catalog, SessionStarter starter, Executor work, Executor ui) {
        this.catalog = catalog;
        this.starter = starter;
        this.work = work;
        this.ui = ui;
        phase.addListener((obs, was, now) -> open.set(now == Phase.OPEN));
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** What went wrong last (start, ask, reveal, export), in the UI's words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What went right last that needs saying (an export); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How phones get in; {@link Join#NONE} before a session opened. */
    public ReadOnlyObjectProperty<Join> joinProperty() {
        return join.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Headcount> headcountProperty() {
        return headcount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrafficSnapshot> trafficProperty() {
        return traffic.getReadOnlyProperty();
    }

    /** The question asked last, with its live results; null before the first. */
    public ReadOnlyObjectProperty<LiveRound> roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** A reveal is on its way (a predict quiz waits for its preset's run). */
    public ReadOnlyBooleanProperty revealingProperty() {
        return revealing.getReadOnlyProperty();
    }

    /** Whether the panel shows who answered what; off by default, since the panel is on the projector. */
    public BooleanProperty namesShownProperty() {
        return namesShown;
    }

    /** Forgets the last error and notice (a dialog that opens starts clean). */
    public void clearMessages() {
        error.set("");
        notice.set("");
    }

    /** Called after a quiz was asked from elsewhere (a lesson, the review, presenter mode): show the panel. */
    public void setOnAsked(Runnable onAsked) {
        this.onAsked = onAsked;
    }

    /** The quizzes phones can answer, in course order. */
    public List<QuizCatalog.Entry> askableQuizzes() {
        return catalog.entries().stream().filter(QuizCatalog.Entry::askable).toList();
    }

    /**
     * Starts a session on {@code address}, off the calling thread; the phase goes to STARTING, then OPEN, or back
     * with the reason in {@link #errorProperty()}.
     */
    public void start(InetAddress address, String portText) {
        if (phase.get().busy()) {
            return;
        }
        Optional<Integer> port = parsePort(portText);
        if (port.isEmpty()) {
            error.set(Messages.get("classroom.error.port"));
            return;
        }
        Phase before = phase.get();
        error.set("");
        notice.set("");
        phase.set(Phase.STARTING);
        work.execute(() -> {
            try {
                ClassSession started = starter.start(address, port.get());
                ui.execute(() -> opened(started));
            } catch (RuntimeException e) {
                String why = startError(address, port.get(), e);
                ui.execute(() -> {
                    phase.set(before);
                    error.set(why);
                });
            }
        });
    }

    /** Pushes a quiz of the catalog to every phone; a refusal shows in {@link #errorProperty()}. */
    public boolean ask(String quizId) {
        ClassSession s = session;
        if (s == null || phase.get() != Phase.OPEN) {
            error.set(Messages.get("classroom.error.noSession"));
            return false;
        }
        try {
            s.ask(quizId);
            error.set("");
            notice.set("");
            refresh();
            return true;
        } catch (RoomRefusal e) {
            error.set(Messages.format("classroom.error.refused", e.getMessage()));
            return false;
        }
    }

    @Override
    public boolean canAsk(Quiz quiz) {
        return catalog.find(quiz.id()).map(QuizCatalog.Entry::askable).orElse(false);
    }

    /** {@link AskTheRoom}: asks, then brings the panel forward. */
    @Override
    public void ask(Quiz quiz) {
        if (ask(quiz.id())) {
            onAsked.run();
        }
    }

    /** Sends the answer and explanation to every phone, off the calling thread. */
    public void reveal() {
        ClassSession s = session;
        if (s == null || phase.get() != Phase.OPEN || revealing.get()) {
            return;
        }
        revealing.set(true);
        work.execute(() -> {
            String failed = null;
            try {
                s.reveal();
            } catch (RoomRefusal e) {
                failed = Messages.format("classroom.error.refused", e.getMessage());
            }
            String why = failed;
            ui.execute(() -> {
                revealing.set(false);
                if (why != null) {
                    error.set(why);
                }
                refresh();
            });
        });
    }

    /** Ends the session: phones are told, the server stops; the results stay for the export. */
    public void end() {
        ClassSession s = session;
        if (s == null || phase.get() != Phase.OPEN) {
            return;
        }
        phase.set(Phase.ENDING);
        work.execute(() -> {
            s.close();
            ui.execute(() -> {
                phase.set(Phase.ENDED);
                refresh();
            });
        });
    }

    /** Applies the room's latest change and re-reads its traffic counters: the view's timer calls it. */
    public void refresh() {
        ClassSession s = session;
        if (s == null) {
            return;
        }
        traffic.set(s.room().traffic().snapshot());
        RoomSnapshot snapshot = latest.getAndSet(null);
        if (snapshot != null) {
            headcount.set(new Headcount(snapshot.joined(), snapshot.connected(), snapshot.maxParticipants()));
            RoundResult current = snapshot.current();
            round.set(current == null ? null : LiveResults.of(current, lessonTitle(current.quiz())));
        }
    }

    /** Whether there are results to export (a session ran, open or ended). */
    public boolean hasResults() {
        return session != null;
    }

    /** The CSV's file name proposed when saving. */
    public String suggestedFileName() {
        return "class-session-" + join.get().code().replace(" ", "") + ".csv";
    }

    /**
     * Asks where to save the session's answers and writes them there; says how it went in the notice (and the
     * status bar) or the error. A cancelled dialog does nothing.
     */
    public boolean exportCsv(DialogService dialogs) {
        if (session == null) {
            error.set(Messages.get("classroom.error.noResults"));
            return false;
        }
        Optional<Path> file = dialogs.showFileSaveDialog(new FileDialog(Messages.get("classroom.export.title"),
                Messages.get("classroom.export.filter"), List.of("*.csv"), null, suggestedFileName()));
        if (file.isEmpty()) {
            return false;
        }
        boolean written = exportCsv(file.get());
        if (written) {
            dialogs.notify(notice.get());
        }
        return written;
    }

    /** Writes the session's answers as CSV (docs/class-mode.md); says how it went in the notice or the error. */
    public boolean exportCsv(Path file) {
        ClassSession s = session;
        if (s == null) {
            error.set(Messages.get("classroom.error.noResults"));
            return false;
        }
        List<RoundResult> results = s.room().results();
        int rows = results.stream().mapToInt(r -> r.answers().size()).sum();
        try {
            Files.writeString(file, SessionCsv.write(results), StandardCharsets.UTF_8);
            error.set("");
            notice.set(Messages.format("classroom.export.done", rows, file.getFileName().toString()));
            return true;
        } catch (IOException | RuntimeException e) {
            error.set(Messages.format("classroom.export.failed", file.toString(), reason(e)));
            return false;
        }
    }

    /** Ends an open session at once (the app is closing): phones are told, the server stops. */
    public void dispose() {
        ClassSession s = session;
        if (s != null && !disposed) {
            disposed = true;
            s.close();
        }
    }

    /** The answers of the round asked last, for tests and the names list. */
    List<ParticipantAnswer> currentAnswers() {
        ClassSession s = session;
        return s == null ? List.of() : s.room().snapshot().currentRound().map(RoundResult::answers).orElse(List.of());
    }

    /** A port typed by the instructor: 0 to 65535, 0 for any free port. */
    static Optional<Integer> parsePort(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(t);
        return port <= 65535 ? Optional.of(port) : Optional.empty();
    }

    /**
     * Why a session could not start, in words the instructor can act on. A bind failure is told apart by what is
     * true of the address and port, not by the operating system's message (its words vary by platform and language).
     */
    static String startError(InetAddress address, int port, Throwable e) {
        String host = address.getHostAddress();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                if (!isThisComputers(address)) {
                    return Messages.format("classroom.error.notHere", host);
                }
                if (port > 0 && port < PRIVILEGED_PORTS) {
                    return Messages.format("classroom.error.permission", Integer.toString(port));
                }
                return Messages.format("classroom.error.portInUse", Integer.toString(port), host);
            }
        }
        return Messages.format("classroom.error.start", host + ":" + port, reason(e));
    }

    /** Ports below this need the administrator on most systems. */
    private static final int PRIVILEGED_PORTS = 1024;

    private static boolean isThisComputers(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return true;
        }
        try {
            return java.net.NetworkInterface.getByInetAddress(address) != null;
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    private void opened(ClassSession s) {
        session = s;
        latest.set(s.room().snapshot());
        s.room().addListener(latest::set);
        join.set(new Join(s.url().toString(), s.joinUrl().toString(), s.room().code().spaced(), s.qr()));
        round.set(null);
        refresh();
        phase.set(Phase.OPEN);
    }

    private String lessonTitle(Quiz quiz) {
        return catalog.find(quiz.id()).map(QuizCatalog.Entry::lessonTitle).orElse("");
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
