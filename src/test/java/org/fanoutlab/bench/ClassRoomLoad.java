package org.fanoutlab.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.fanoutlab.classroom.PresetFigureSource;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RoomSnapshot;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.server.ClassServer;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;

/**
 * The class room under a full room's load, on loopback (docs/class-mode.md, "Load"): N participants join, each holds
 * a push stream, the host asks a question, and every phone answers at a random moment within a second of receiving
 * it (or all at once with spread 0). Measures the push fan-out (ask → question on every phone), the answer round
 * trip (POST sent → 200 received) and checks that every answer was counted. Client and server share this machine's
 * two cores, so the figures include the load generator's own cost.
 *
 * <pre>mvn -B -q -Pclass-bench test-compile exec:exec          (200 phones, 5 rounds after 3 warm-up, 1000 ms spread)
 * mvn -B -q -Pclass-bench test-compile exec:exec -Dclass.bench.args="200 5 0 3"   (all answer at once)</pre>
 */
public final class ClassRoomLoad {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String QUIZ = "push-characteristic";

    private final int phones;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService thinking = Executors.newScheduledThreadPool(2);
    private final Histogram fanout = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    private final Histogram revealFanout = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    private final Histogram roundTrip = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    /** The server's own part of each answer's round trip (arrival to response, inside Jetty). */
    private final Histogram serverTime = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile long askedAt;
    private volatile long revealedAt;
    private volatile CountDownLatch questions;
    private volatile CountDownLatch answers;
    private volatile CountDownLatch reveals;
    private volatile int spreadMillis;

    /** @param phones how many phones join the room */
    public ClassRoomLoad(int phones) {
        this.phones = phones;
    }

    public static void main(String[] args) throws Exception {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : RoomSettings.DEFAULT_MAX;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int spread = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Course course = CourseLoader.load(Path.of("lessons"));
        boolean ok;
        try (ClassServer server = ClassServer.start(QuizCatalog.of(course, null), new PresetFigureSource(course::preset),
                ClassServer.Options.of(InetAddress.getLoopbackAddress(), 0, phones), Clock.systemUTC(),
                new SecureRandom())) {
            ok = new ClassRoomLoad(phones).drive(server, warmup, rounds, spread);
        }
        System.exit(ok ? 0 : 1);
    }

    /**
     * Sends the phones at a room that is already running (this benchmark's own, or the instructor's panel's in the
     * stage probe), asks and reveals {@code warmup + rounds} times, prints the figures.
     *
     * @return whether every answer was counted and the answer round trip's p99 met the goal
     */
    public boolean drive(ClassServer server, int warmup, int rounds, int spread) throws Exception {
        this.spreadMillis = spread;
        boolean ok = true;
        try {
            URI url = server.url();
            server.addRequestListener((method, path, status, millis) -> {
                if (path.equals("/api/answer")) {
                    synchronized (serverTime) {
                        serverTime.recordValue(Math.round(millis * 1000));
                    }
                }
            });
            long t0 = System.nanoTime();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < phones; i++) {
                tokens.add(join(url, server.room().code().value(), "phone " + i));
            }
            double joinMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            for (String token : tokens) {
                openStream(url, token);
            }
            waitFor("every stream open", () -> server.room().snapshot().connected() == phones);
            double streamsMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%d phones joined in %.0f ms and opened their push streams in %.0f ms%n",
                    phones, joinMs, streamsMs);

            System.out.printf(Locale.ROOT, "load average before: %.2f (2 cores)%n", loadAverage());
            for (int round = 1 - warmup; round <= rounds; round++) {
                if (round == 1) {
                    // The warm-up rounds let the JIT compile server and client; only the rounds after count.
                    fanout.reset();
                    revealFanout.reset();
                    roundTrip.reset();
                    synchronized (serverTime) {
                        serverTime.reset();
                    }
                }
                accepted.set(0);
                questions = new CountDownLatch(phones);
                answers = new CountDownLatch(phones);
                reveals = new CountDownLatch(phones);
                long ask = System.nanoTime();
                askedAt = ask;
                server.ask(QUIZ);
                await(questions, "every phone got the question");
                double allGotIt = (System.nanoTime() - ask) / 1e6;
                await(answers, "every answer acknowledged");
                double allAnswered = (System.nanoTime() - ask) / 1e6;
                RoomSnapshot s = server.room().snapshot();
                int counted = s.current().tally().answered();
                int sum = s.current().tally().counts().values().stream().mapToInt(Integer::intValue).sum();
                revealedAt = System.nanoTime();
                server.reveal();
                await(reveals, "every phone got the reveal");
                double allRevealed = (System.nanoTime() - revealedAt) / 1e6;
                System.out.printf(Locale.ROOT, "%s %d: question on all %d phones after %.1f ms; all answers acknowledged "
                        + "after %.0f ms; counted %d (option counts sum %d); reveal on all phones after %.1f ms%n",
                        round < 1 ? "warm-up" : "round", round < 1 ? round + warmup : round, phones, allGotIt,
                        allAnswered, counted, sum, allRevealed);
                if (counted != phones || sum != phones || accepted.get() != phones) {
                    System.out.printf("FAIL round %d: %d accepted, %d counted%n", round, accepted.get(), counted);
                    ok = false;
                }
            }
            System.out.printf(Locale.ROOT, "push fan-out, ask -> question on a phone (ms): %s%n", summary(fanout));
            System.out.printf(Locale.ROOT, "push fan-out, reveal -> verdict on a phone (ms): %s%n", summary(revealFanout));
            System.out.printf(Locale.ROOT, "answer round trip, POST -> 200 (ms), %d answers: %s%n",
                    roundTrip.getTotalCount(), summary(roundTrip));
            System.out.printf(Locale.ROOT, "  of which inside the server, arrival -> response (ms): %s%n", summary(serverTime));
            System.out.printf(Locale.ROOT, "refused answers: %d; room traffic: %s%n", refused.get(),
                    server.room().traffic().snapshot());
            System.out.printf(Locale.ROOT, "load average after: %.2f (2 cores)%n", loadAverage());
            double p99 = roundTrip.getValueAtPercentile(99) / 1000.0;
            boolean fast = p99 <= 100;
            System.out.printf(Locale.ROOT, "%s: every answer counted %s; answer round trip p99 %.1f ms (goal <= 100 ms)%n",
                    ok && fast ? "PASS" : "FAIL", ok ? "yes" : "NO", p99);
            ok &= fast;
        } finally {
            thinking.shutdownNow();
        }
        return ok;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private String join(URI url, String code, String name) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/api/join")).timeout(BOUND)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("join refused: " + r.statusCode() + " " + r.body());
        }
        return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private void openStream(URI url, String token) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/events?token=" + token)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Phone(url, token)));
    }

    /** One phone: reads its stream line by line and answers each question after "thinking" for up to the spread. */
    private final class Phone implements Flow.Subscriber<String> {
        private final URI url;
        private final String token;
        private String event;

        Phone(URI url, String token) {
            this.url = url;
            this.token = token;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ") && "question".equals(event)) {
                record(fanout, askedAt);
                questions.countDown();
                int think = spreadMillis == 0 ? 0 : ThreadLocalRandom.current().nextInt(spreadMillis);
                thinking.schedule(this::answer, think, TimeUnit.MILLISECONDS);
            } else if (line.startsWith("data: ") && "reveal".equals(event)) {
                record(revealFanout, revealedAt);
                reveals.countDown();
            }
        }

        private void answer() {
            int option = ThreadLocalRandom.current().nextInt(4);
            long sent = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(url.resolve("/api/answer")).timeout(BOUND)
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"quiz\":\"" + QUIZ + "\",\"answer\":" + option + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        record(roundTrip, sent);
                        if (e == null && r.statusCode() == 200) {
                            accepted.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                        answers.countDown();
                    });
        }

        @Override
        public void onError(Throwable throwable) {
            System.out.println("stream failed: " + throwable);
        }

        @Override
        public void onComplete() {
        }
    }

    private static void record(Histogram h, long since) {
        long micros = (System.nanoTime() - since) / 1000;
        synchronized (h) {
            h.recordValue(Math.max(0, micros));
        }
    }

    private static String summary(Histogram h) {
        synchronized (h) {
            return String.format(Locale.ROOT, "p50 %.1f, p90 %.1f, p99 %.1f, max %.1f", h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
        }
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(BOUND.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("not within " + BOUND + ": " + what + " (" + latch.getCount() + " missing)");
        }
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + BOUND + ": " + what);
            }
            Thread.sleep(5);
        }
    }
}
