package org.fanoutlab.classroom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.fanoutlab.classroom.ClassQuizzes;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.PushConnection;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API of docs/class-mode.md on loopback: statuses, what each side may see, limits, replay and the close.
 * The room's time (rate limits, keep-alives) is a test clock the tests step; the server's ticker is off.
 */
class ClassServerApiTest {
    private static final int MAX = 3;

    private final TestClock clock = new TestClock();
    private ClassServer server;
    private RoomClient client;
    private String code;
    private String host;

    @BeforeEach
    void start() {
        server = ClassServer.start(ClassQuizzes.catalog(), quiz -> 100.0,
                new ClassServer.Options(InetAddress.getLoopbackAddress(), 0, RoomSettings.withMax(MAX), 10, 16 * 1024,
                        false),
                clock, new Random(11));
        client = new RoomClient(server.url());
        code = server.room().code().value();
        host = server.room().hostToken();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePageIsSelfContainedAndLockedToItsOwnScriptAndStyle() {
        RoomClient.Reply page = client.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String csp = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").contains("script-src 'sha256-").contains("connect-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("<script>").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain(" src=").doesNotContain(" href=").doesNotContain("@import").doesNotContain("url(");
        assertThat(page.body()).contains("aria-live=\"polite\"").contains("<label class=\"field\" for=\"code\">");
    }

    @Test
    void nothingButThePageAndTheApiIsServed() {
        for (String path : List.of("/participant.html", "/org/fanoutlab/classroom/server/participant.html", "/pom.xml",
                "/lessons/01-who-moves-the-data.md", "/api", "/api/host", "/index.html", "/%2e%2e/pom.xml",
                "/simplelogger.properties")) {
            assertThat(client.get(path, null).status()).as(path).isIn(400, 404);
        }
    }

    @Test
    void theServerListensOnlyOnTheAddressItWasGiven() throws Exception {
        Connector[] connectors = server.jettyConnectors();
        assertThat(connectors).hasSize(1);
        assertThat(((ServerConnector) connectors[0]).getHost()).isEqualTo("127.0.0.1");
        // 127.0.0.2 is this machine too (the whole 127/8 is loopback on Linux), but not the address given.
        try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress("127.0.0.2", server.port()), 5000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void joiningNeedsTheRoomsCodeAndARoomWithSpace() {
        String wrong = code.equals("000000") ? "000001" : "000000";
        RoomClient.Reply refused = client.post("/api/join", "{\"code\":\"" + wrong + "\",\"name\":\"Eve\"}", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).contains("join code");

        for (int i = 0; i < MAX; i++) {
            assertThat(client.join(code, "p" + i)).hasSizeGreaterThan(20);
        }
        RoomClient.Reply full = client.post("/api/join", "{\"code\":\"" + code + "\"}", null);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.error()).contains("full");
        assertThat(server.room().snapshot().joined()).isEqualTo(MAX);
    }

    @Test
    void badBodiesGetAClearFourHundred() {
        RoomClient.Reply malformed = client.post("/api/join", "{\"code\": \"1", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).startsWith("malformed JSON at line 1, column");
        assertThat(client.post("/api/join", "[1,2]", null).error()).contains("must be a JSON object");
        assertThat(client.post("/api/join", "", null).error()).contains("empty");
        assertThat(client.post("/api/join", "{\"code\":123456}", null).error()).isEqualTo("code: must be a string");
        assertThat(client.post("/api/join", "{\"code\":\"1\",\"code\":\"2\"}", null).status()).isEqualTo(400);
        assertThat(client.post("/api/join", "{\"code\":\"" + code + "\"} trailing", null).status()).isEqualTo(400);
        RoomClient.Reply longName = client.post("/api/join",
                "{\"code\":\"" + code + "\",\"name\":\"" + "n".repeat(31) + "\"}", null);
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.error()).contains("at most 30 characters");
        assertThat(server.room().snapshot().joined()).isZero();
    }

    @Test
    void aBodyOverSixteenKibibytesIs413DeclaredOrNot() {
        String big = "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(16 * 1024) + "\"}";
        assertThat(client.post("/api/join", big, null).status()).isEqualTo(413);
        HttpRequest chunked = HttpRequest.newBuilder(server.url().resolve("/api/join")).timeout(RoomClient.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        RoomClient.Reply r = client.send(chunked);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error()).contains("larger than 16384 bytes");
        String token = client.join(code, null);
        server.ask("q-single");
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1,\"pad\":\""
                + "y".repeat(16 * 1024) + "\"}", token).status()).isEqualTo(413);
    }

    @Test
    void hostCallsWithoutTheHostTokenAre401() {
        String participant = client.join(code, null);
        for (String token : new String[] {null, "wrong", participant, host + "x"}) {
            assertThat(client.post("/api/host/ask", "{\"quiz\":\"q-single\"}", token).status()).isEqualTo(401);
            assertThat(client.get("/api/host/results", token).status()).isEqualTo(401);
            assertThat(client.post("/api/host/reveal", "", token).status()).isEqualTo(401);
            assertThat(client.post("/api/host/close", "", token).status()).isEqualTo(401);
            assertThat(client.get("/api/host/quizzes", token).status()).isEqualTo(401);
            assertThat(client.get("/api/host/export.csv", token).status()).isEqualTo(401);
        }
        RoomClient.Reply r = client.get("/api/host/results", "wrong");
        assertThat(r.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(server.room().currentRound()).isZero();
        assertThat(server.room().isClosed()).isFalse();
    }

    @Test
    void theHostAsksRevealsAndReadsCounts() {
        assertThat(client.post("/api/host/ask", "{\"quiz\":\"nope\"}", host).status()).isEqualTo(404);
        assertThat(client.post("/api/host/reveal", "", host).status()).as("nothing asked yet").isEqualTo(409);
        RoomClient.Reply asked = client.post("/api/host/ask", "{\"quiz\":\"q-single\"}", host);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().get("round").asInt()).isEqualTo(1);

        String a = client.join(code, null);
        String b = client.join(code, null);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", a).status()).isEqualTo(200);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":2}", b).status()).isEqualTo(200);
        JsonNode results = client.get("/api/host/results", host).json();
        assertThat(results.get("quiz").asText()).isEqualTo("q-single");
        assertThat(results.get("joined").asInt()).isEqualTo(2);
        assertThat(results.get("answered").asInt()).isEqualTo(2);
        assertThat(results.get("counts").toString()).isEqualTo("{\"0\":0,\"1\":1,\"2\":1}");
        assertThat(results.get("correct").isNull()).isTrue();

        JsonNode revealed = client.post("/api/host/reveal", "", host).json();
        assertThat(revealed.get("revealed").asBoolean()).isTrue();
        assertThat(revealed.get("correct").asInt()).isEqualTo(1);
        assertThat(client.post("/api/host/reveal", "", host).status()).as("again: no change").isEqualTo(200);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", a).status()).isEqualTo(409);
    }

    @Test
    void answersNeedATokenAndTheCurrentQuestion() {
        String a = client.join(code, null);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", null).status()).isEqualTo(401);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", "forged").status()).isEqualTo(401);
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", a).status()).isEqualTo(409);
        server.ask("q-tf");
        RoomClient.Reply other = client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", a);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.error()).contains("not the current question");
        RoomClient.Reply wrongKind = client.post("/api/answer", "{\"quiz\":\"q-tf\",\"answer\":\"yes\"}", a);
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.error()).contains("takes true or false");
        RoomClient.Reply ok = client.post("/api/answer", "{\"quiz\":\"q-tf\",\"answer\":false}", a);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"quiz\":\"q-tf\",\"answer\":false}");
    }

    @Test
    void moreThanTenRequestsASecondFromOneParticipantAre429AndTheOthersAreServed() {
        String greedy = client.join(code, null);
        String calm = client.join(code, null);
        server.ask("q-numeric");
        for (int i = 0; i < 10; i++) {
            assertThat(client.post("/api/answer", "{\"quiz\":\"q-numeric\",\"answer\":" + i + "}", greedy).status())
                    .as("request %d", i + 1).isEqualTo(200);
        }
        RoomClient.Reply limited = client.post("/api/answer", "{\"quiz\":\"q-numeric\",\"answer\":99}", greedy);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).contains("1");
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-numeric\",\"answer\":5}", calm).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(client.post("/api/answer", "{\"quiz\":\"q-numeric\",\"answer\":7}", greedy).status()).isEqualTo(200);
        assertThat(server.room().snapshot().current().tally().values()).containsExactly(5.0, 7.0);
    }

    @Test
    void repeatedWrongCodesFromOneAddressAreSlowedDown() {
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 10; i++) {
            assertThat(client.post("/api/join", "{\"code\":\"" + wrong + "\"}", null).status()).isEqualTo(403);
        }
        assertThat(client.post("/api/join", "{\"code\":\"" + code + "\"}", null).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.post("/api/join", "{\"code\":\"" + code + "\"}", null).status()).isEqualTo(200);
    }

    @Test
    void aQuestionReachesPhonesWithoutItsAnswerAndTheRevealBringsIt() {
        String a = client.join(code, null);
        try (SseReader events = client.events(a, null)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.header("Content-Type")).startsWith("text/event-stream");
            server.ask("q-single");
            SseReader.Frame q = events.next();
            assertThat(q.id()).isEqualTo("1");
            assertThat(q.event()).isEqualTo("question");
            assertThat(q.data()).doesNotContain("FEEDBACK").doesNotContain("EXPLAIN").doesNotContain("HINT")
                    .doesNotContain("correct").doesNotContain("answer\":");
            assertThat(q.json().get("options")).hasSize(3);

            client.post("/api/answer", "{\"quiz\":\"q-single\",\"answer\":1}", a);
            server.reveal();
            SseReader.Frame r = events.next();
            assertThat(r.event()).isEqualTo("reveal");
            assertThat(r.json().get("answer").asInt()).isEqualTo(1);
            assertThat(r.json().get("explain").asText()).isEqualTo("EXPLAIN-SINGLE");
            assertThat(r.json().get("you").get("correct").asBoolean()).isTrue();
            assertThat(r.json().get("you").get("feedback").asText()).isEqualTo("FEEDBACK-SINGLE-1");
        }
    }

    @Test
    void aPhoneThatReconnectsWithLastEventIdGetsWhatItMissedAndKeepsItsAnswer() {
        String a = client.join(code, null);
        String lastId;
        try (SseReader events = client.events(a, null)) {
            server.ask("q-predict");
            lastId = events.next().id();
            client.post("/api/answer", "{\"quiz\":\"q-predict\",\"answer\":104}", a);
        }
        server.reveal(); // while the phone is away
        try (SseReader again = client.events(a, Long.parseLong(lastId))) {
            SseReader.Frame missed = again.next();
            assertThat(missed.id()).isEqualTo("2");
            assertThat(missed.event()).isEqualTo("reveal");
            assertThat(missed.json().get("answer").asDouble()).isEqualTo(100.0);
            assertThat(missed.json().get("you").get("answer").asInt()).isEqualTo(104);
            assertThat(missed.json().get("you").get("correct").asBoolean()).isTrue();
            assertThat(again.hasQueued()).isFalse();
        }
        try (SseReader fresh = client.events(a, null)) {
            SseReader.Frame question = fresh.next();
            assertThat(question.event()).as("a reloaded page starts at the current question").isEqualTo("question");
            assertThat(question.json().get("yours").asInt()).isEqualTo(104);
            assertThat(fresh.next().event()).isEqualTo("reveal");
        }
    }

    @Test
    void aStreamTheRoomCutsEndsAndItsReconnectReplays() {
        String a = client.join(code, null);
        Participant p = server.room().participant(a).orElseThrow();
        try (SseReader events = client.events(a, null)) {
            server.ask("q-tf");
            String lastId = events.next().id();
            PushConnection c = server.room().stream(p).orElseThrow();
            server.room().drop(c, PushConnection.End.SLOW);
            assertThat(events.next().event()).isEqualTo("end");
            server.reveal();
            try (SseReader again = client.events(a, Long.parseLong(lastId))) {
                assertThat(again.next().event()).isEqualTo("reveal");
            }
        }
        assertThat(server.room().traffic().snapshot().connectionsDropped()).isEqualTo(1);
    }

    @Test
    void namesNeverReachOtherParticipants() {
        String ann = client.join(code, "Ann <b>Secretname</b>");
        String bob = client.join(code, "Bob");
        List<String> seenByBob = new ArrayList<>();
        try (SseReader events = client.events(bob, null)) {
            server.ask("q-tf");
            client.post("/api/answer", "{\"quiz\":\"q-tf\",\"answer\":true}", ann);
            seenByBob.add(client.post("/api/answer", "{\"quiz\":\"q-tf\",\"answer\":false}", bob).body());
            server.reveal();
            server.ask("q-numeric");
            for (int i = 0; i < 3; i++) {
                seenByBob.add(events.next().data());
            }
        }
        assertThat(seenByBob).noneMatch(s -> s.contains("Secretname") || s.contains("Ann"));
        assertThat(client.get("/api/host/results", host).body()).doesNotContain("Secretname").doesNotContain("Bob");
        String csv = client.get("/api/host/export.csv", host).body();
        assertThat(csv).contains(",p1,Ann <b>Secretname</b>,true,").contains(",p2,Bob,false,");
    }

    @Test
    void aDeadPhoneIsDroppedByItsKeepAliveAndTheOthersStillGetEvents() throws Exception {
        String dead = client.join(code, null);
        String alive = client.join(code, null);
        try (SseReader events = client.events(alive, null)) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(("GET /api/events?token=" + dead + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                readUntil(s.getInputStream(), "retry:");
                assertThat(server.room().snapshot().connected()).isEqualTo(2);
                s.setSoLinger(true, 0); // vanish with a reset, as a phone that loses its network does
            }
            tickUntilConnected(1);
            server.ask("q-single");
            assertThat(events.next().event()).isEqualTo("question");
        }
    }

    @Test
    void closingPushesClosedToEveryPhoneAndStopsTheServer() throws Exception {
        String a = client.join(code, null);
        try (SseReader events = client.events(a, null)) {
            RoomClient.Reply r = client.post("/api/host/close", "", host);
            assertThat(r.status()).isEqualTo(200);
            SseReader.Frame closed = events.next();
            assertThat(closed.event()).isEqualTo("closed");
            assertThat(closed.json().get("reason").asText()).contains("ended");
            assertThat(events.next().event()).isEqualTo("end");
        }
        assertThat(server.awaitClosed(Duration.ofSeconds(10))).isTrue();
        try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void theTrafficCountersCountWhatTheServerDid() throws Exception {
        String a = client.join(code, null);
        String b = client.join(code, null);
        try (SseReader ea = client.events(a, null); SseReader eb = client.events(b, null)) {
            server.ask("q-single");
            ea.next();
            eb.next();
            server.reveal();
            ea.next();
            eb.next();
            Eventually.until("4 events counted", () -> server.room().traffic().snapshot().eventsPushed() == 4);
            assertThat(server.room().snapshot().traffic().connectionsHeld()).isEqualTo(2);
        }
        client.get("/api/host/results", host);
        Eventually.until("2 joins and 1 results call", () -> server.room().traffic().snapshot().requestsAnswered() == 3);
        // The phones hung up: their streams end at the next keep-alive, and then count as answered requests.
        tickUntilConnected(0);
        Eventually.until("the 2 streams answered", () -> server.room().traffic().snapshot().requestsAnswered() == 5);
        assertThat(server.room().traffic().snapshot().connectionsHeld()).isZero();
    }

    @Test
    void requestListenersHearOfEveryAnsweredRequest() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.addRequestListener((method, path, status, millis) -> {
            assertThat(millis).isGreaterThanOrEqualTo(0);
            heard.add(method + " " + path + " " + status);
        });
        client.join(code, null);
        client.get("/api/host/results", "nope");
        client.get("/nothing-here", null);
        Eventually.until("three requests heard", () -> heard.size() == 3);
        assertThat(heard).containsExactlyInAnyOrder("POST /api/join 200", "GET /api/host/results 401",
                "GET /nothing-here 404");
    }

    @Test
    void theQuizListAndTheCsvAreForTheHost() {
        JsonNode quizzes = client.get("/api/host/quizzes", host).json();
        assertThat(quizzes.get("quizzes")).hasSize(ClassQuizzes.ALL.size());
        assertThat(quizzes.get("quizzes").get(0).get("id").asText()).isEqualTo("q-single");
        RoomClient.Reply csv = client.get("/api/host/export.csv", host);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("round,quiz,type,");
    }

    /** Keep-alives find hung-up phones: steps the clock a heartbeat at a time until only n streams are left. */
    private void tickUntilConnected(int n) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        server.room().addListener(snap -> {
            if (snap.traffic().connectionsHeld() == n) {
                done.countDown();
            }
        });
        for (int i = 0; i < 10 && done.getCount() > 0; i++) {
            clock.advance(server.room().settings().heartbeat());
            server.tick();
            done.await(200, TimeUnit.MILLISECONDS);
        }
        assertThat(done.getCount()).as("streams left: " + n).isZero();
    }

    private static void readUntil(InputStream in, String marker) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            sb.append((char) c);
            if (sb.indexOf(marker) >= 0) {
                return;
            }
        }
        throw new AssertionError("stream ended before " + marker + ": " + sb);
    }
}
