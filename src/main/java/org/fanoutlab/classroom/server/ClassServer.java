package org.fanoutlab.classroom.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.fanoutlab.classroom.BindAddresses;
import org.fanoutlab.classroom.FigureSource;
import org.fanoutlab.classroom.QrMatrix;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RateLimiter;
import org.fanoutlab.classroom.Room;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.content.Quiz;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class session's web server (Javalin on Jetty): the participant page and the HTTP API of docs/class-mode.md,
 * listening only on the address it is given, serving nothing else (no static files, no directory). It owns a
 * {@link Room}; the host calls here are what the HTTP host API and the instructor's panel both use.
 *
 * <p>Threads (docs/decisions/0012-class-mode.md): each push stream keeps one server thread, which writes only to its
 * own phone, so a slow phone never delays another; the pool is sized for every participant plus headroom for the
 * ordinary requests. A one-thread ticker runs the room's housekeeping once a second unless tests drive it.
 */
public final class ClassServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassServer.class);
    /** Threads beyond one per participant, for joins, answers, host calls and Jetty's own acceptor and selector. */
    private static final int SPARE_THREADS = 48;
    /** How long closing waits for phones to receive {@code closed} before the server stops anyway. */
    private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(2);

    /**
     * @param bind              the address to listen on; the any-address (0.0.0.0) only when asked for
     * @param port              0 for a free port
     * @param ratePerSecond     requests a participant may make per second (more get 429)
     * @param maxBodyBytes      larger request bodies get 413
     * @param tickAutomatically false in tests, which call {@link #tick()} after stepping their clock
     */
    public record Options(InetAddress bind, int port, RoomSettings room, int ratePerSecond, int maxBodyBytes,
            boolean tickAutomatically) {
        public static final int DEFAULT_RATE = 10;
        public static final int DEFAULT_MAX_BODY = 16 * 1024;

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
        }

        public static Options of(InetAddress bind, int port, int maxParticipants) {
            return new Options(bind, port, RoomSettings.withMax(maxParticipants), DEFAULT_RATE, DEFAULT_MAX_BODY, true);
        }
    }

    /** Told about every request the server answered: what, how, and how long the server took. */
    @FunctionalInterface
    public interface RequestListener {
        /**
         * Called on the server's thread once the response is written; keep it short.
         *
         * @param millis the time from the request's arrival to its response, inside the server
         */
        void answered(String method, String path, int status, double millis);
    }

    private final Room room;
    private final FigureSource figures;
    private final List<RequestListener> requestListeners = new CopyOnWriteArrayList<>();
    private final Options options;
    private final RateLimiter participantLimit;
    private final RateLimiter failureLimit;
    private final Javalin app;
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final URI url;
    private final int port;

    private ClassServer(Room room, FigureSource figures, Options options, Clock clock) {
        this.room = room;
        this.figures = figures;
        this.options = options;
        this.participantLimit = new RateLimiter(options.ratePerSecond(), clock);
        this.failureLimit = new RateLimiter(options.ratePerSecond(), clock);
        Api api = new Api(this, room, participantLimit, failureLimit, options.maxBodyBytes(), ParticipantPage.load());
        QueuedThreadPool pool = new QueuedThreadPool(options.room().maxParticipants() + SPARE_THREADS, 8);
        pool.setName("class-room");
        pool.setDaemon(true);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.disableCompression();
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.threadPool = pool;
            // No graceful wait at stop: close() has already pushed `closed` and waited for the streams, and the
            // host's close request was answered; Jetty's graceful stop would only wait ~1 s on idle keep-alives.
            config.jetty.modifyServer(server -> server.setStopTimeout(0));
            config.requestLogger.http((ctx, ms) -> answered(ctx.method().name(), ctx.path(), ctx.statusCode(), ms));
            config.router.mount(api::routes);
        });
        try {
            app.start(options.bind().getHostAddress(), options.port());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + options.bind().getHostAddress() + ":" + options.port()
                    + ": " + rootMessage(e), e);
        }
        this.port = app.port();
        this.url = participantUrl(options.bind(), port);
        if (options.tickAutomatically()) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "class-room-ticker"));
            ticker.scheduleAtFixedRate(this::tickQuietly, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * Starts a room and its server.
     *
     * @throws IllegalStateException when the address cannot be listened on (port in use, address not local)
     */
    public static ClassServer start(QuizCatalog catalog, FigureSource figures, Options options, Clock clock,
            RandomGenerator random) {
        Room room = new Room(catalog, options.room(), clock, random);
        return new ClassServer(room, figures, options, clock);
    }

    public Room room() {
        return room;
    }

    public int port() {
        return port;
    }

    /** The participant page, {@code http://ADDRESS:PORT/}. */
    public URI url() {
        return url;
    }

    /** The page with the join code filled in: what the QR code holds. */
    public URI joinUrl() {
        return url.resolve("/?code=" + room.code().value());
    }

    public QrMatrix qr() {
        return QrMatrix.encode(joinUrl().toString());
    }

    /**
     * Asks the room a quiz; a predict quiz's preset starts running in the background so the reveal is quick.
     *
     * @return the round's number
     * @throws org.fanoutlab.classroom.RoomRefusal when the quiz cannot be asked
     */
    public int ask(String quizId) {
        int round = room.ask(quizId);
        room.currentQuiz().ifPresent(figures::prepare);
        return round;
    }

    /**
     * Reveals the current question; a predict quiz waits for its preset's figure (started when it was asked).
     *
     * @throws org.fanoutlab.classroom.RoomRefusal when nothing can be revealed
     */
    public void reveal() {
        int round = room.currentRound();
        Quiz quiz = room.currentQuiz().orElse(null);
        room.reveal(round, quiz == null ? null : figures.figure(quiz));
    }

    /** For a "server busy" view and the load benchmark, which tells the server's share of a round trip. */
    public void addRequestListener(RequestListener listener) {
        requestListeners.add(listener);
    }

    private void answered(String method, String path, int status, float millis) {
        room.traffic().requestAnswered();
        for (RequestListener l : requestListeners) {
            l.answered(method, path, status, millis);
        }
    }

    /** The room's housekeeping (keep-alives, slow streams, rate-limit memory); tests call it after moving the clock. */
    public void tick() {
        room.tick();
        participantLimit.prune();
        failureLimit.prune();
    }

    /**
     * Ends the session: phones are pushed {@code closed} (given a moment to receive it), then the server stops.
     * Safe to call more than once and from any thread.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            room.close();
            room.awaitReleased(DRAIN_ON_CLOSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            room.dropAll();
            if (ticker != null) {
                ticker.shutdownNow();
            }
            try {
                app.stop();
            } finally {
                closed.countDown();
            }
        }
    }

    /** Closes on a thread of its own: for the host's close request, which must be answered before the server stops. */
    void closeSoon() {
        Thread t = new Thread(this::close, "class-room-close");
        t.setDaemon(false);
        t.start();
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Blocks until the session has ended (by the host's close request or {@link #close}). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Waits up to {@code max} for the session to end. */
    public boolean awaitClosed(Duration max) throws InterruptedException {
        return closed.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    Options options() {
        return options;
    }

    /** For the test that the server listens where it was told and nowhere else. */
    Connector[] jettyConnectors() {
        return app.jettyServer().server().getConnectors();
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The ticker must survive a bug in one tick, or keep-alives stop for the rest of the session.
            LOG.warn("room housekeeping failed", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static URI participantUrl(InetAddress bind, int port) {
        InetAddress shown = bind.isAnyLocalAddress() ? BindAddresses.preferred().address() : bind;
        try {
            return new URI("http", null, shown.getHostAddress(), port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IOException && t.getMessage() != null ? t.getMessage() : String.valueOf(t.getMessage());
    }
}
