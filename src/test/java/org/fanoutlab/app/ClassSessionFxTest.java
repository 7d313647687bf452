package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.content.QuizType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The instructor's class session in the real window: File → Start class session… on 127.0.0.1 and port 0, two
 * phones join and answer through the HTTP API on loopback, the bars move, the reveal marks the right option, and
 * End session stops the server. Every wait is bounded (a hang guard, not a timing); every request has a timeout.
 */
class ClassSessionFxTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private Application app;

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FanoutLabApp(new LaunchOptions(null, null, dataDir)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        // Stopping the app ends a session left open (the test's own failure path included).
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aSessionStartedFromTheFileMenuShowsLiveBarsRevealsAndEnds() throws Exception {
        robot.clickOn("File");
        robot.clickOn("Start class session\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#class-start-interface");
        robot.clickOn("This computer only \u00b7 127.0.0.1");
        robot.doubleClickOn("#class-start-port").push(KeyCode.CONTROL, KeyCode.A).write("0");
        robot.clickOn("#class-start-button");
        waitUntil("the session is open", () -> !text("#class-code").isBlank());
        waitUntil("the dialog closed", () -> robot.lookup("#class-start-button").tryQuery().isEmpty());

        String address = text("#class-url");
        assertThat(address).startsWith("127.0.0.1:").doesNotEndWith(":0");
        URI base = URI.create("http://" + address + "/");
        String code = text("#class-code").replace(" ", "");
        assertThat(code).matches("[0-9]{6}");
        assertThat(text("#class-count")).isEqualTo("0 joined \u00b7 0 connected");

        String ann = join(base, code, "Ann");
        String bob = join(base, code, "Bob");
        waitUntil("two joined", () -> text("#class-count").startsWith("2 joined"));

        // The instructor picks a one-answer quiz in the panel's picker and asks the room.
        QuizCatalog.Entry quiz = pickSingleChoiceQuiz();
        robot.clickOn("#class-ask");
        waitUntil("the question is on the panel", () -> text("#class-answered").equals("0 of 2 answered"));
        int right = 0;
        while (!quiz.quiz().options().get(right).correct()) {
            right++;
        }
        int wrong = right == 0 ? 1 : 0;
        answer(base, ann, quiz.quiz().id(), right);
        answer(base, bob, quiz.quiz().id(), wrong);
        waitUntil("both answers on the panel", () -> text("#class-answered").equals("2 of 2 answered"));
        waitUntil("both answers in the bars", () -> barCounts().stream().filter(c -> !c.startsWith("0 ")).count() == 2);
        List<String> counts = barCounts();
        assertThat(counts.get(right)).isEqualTo("1 \u00b7 50%");
        assertThat(counts.get(wrong)).isEqualTo("1 \u00b7 50%");
        assertThat(counts).filteredOn(c -> c.startsWith("0 ")).hasSize(counts.size() - 2);
        assertThat(shown(robot.lookup("#class-names").query())).as("names hidden by default").isFalse();

        robot.clickOn("#class-reveal");
        waitUntil("the reveal is on the panel", () -> text("#class-correct").equals("1 of 2 right"));
        assertThat(text("#class-right-text")).isEqualTo("Right answer: " + (char) ('A' + right));
        assertThat(robot.lookup(".class-bar-row.class-right").queryAll()).hasSize(1);
        assertThat(Long.parseLong(text("#classroom-traffic-answered"))).as("requests answered, live")
                .isGreaterThanOrEqualTo(4);

        robot.clickOn("#class-end");
        waitUntil("the session has ended", () -> robot.lookup("The session has ended").tryQuery().isPresent());
        waitUntil("the server has stopped", () -> refused(base));
    }

    /** The first lesson with a one-answer quiz, and that quiz, chosen in the panel's two pickers. */
    @SuppressWarnings("unchecked")
    private QuizCatalog.Entry pickSingleChoiceQuiz() {
        ComboBox<String> lessons = robot.lookup("#class-lesson").queryAs(ComboBox.class);
        ComboBox<QuizCatalog.Entry> quizzes = robot.lookup("#class-quiz").queryAs(ComboBox.class);
        for (String lesson : List.copyOf(lessons.getItems())) {
            robot.interact(() -> lessons.setValue(lesson));
            for (QuizCatalog.Entry e : List.copyOf(quizzes.getItems())) {
                if (e.quiz().type() == QuizType.SINGLE) {
                    robot.interact(() -> quizzes.setValue(e));
                    return e;
                }
            }
        }
        throw new AssertionError("the course has no one-answer quiz");
    }

    /** Whether the node and every parent up to the scene are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> barCounts() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".class-bar-count").queryAllAs(Label.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    private String text(String query) {
        // Not there yet (the running panel is built when the session opens): no text, so a wait goes on waiting.
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }

    private String join(URI base, String code, String name) throws Exception {
        HttpResponse<String> r = post(base.resolve("/api/join"), "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}",
                null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("token").asText();
    }

    private void answer(URI base, String token, String quiz, int option) throws Exception {
        HttpResponse<String> r = post(base.resolve("/api/answer"), "{\"quiz\":\"" + quiz + "\",\"answer\":" + option + "}",
                token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(URI uri, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the server no longer answers at all (connection refused). */
    private boolean refused(URI base) {
        try {
            http.send(HttpRequest.newBuilder(base).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return e.getCause() instanceof ConnectException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("not within " + TIMEOUT + ": " + what);
        }
    }
}
