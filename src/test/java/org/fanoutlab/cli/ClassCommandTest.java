package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fanoutlab.app.Main;
import org.junit.jupiter.api.Test;

/** {@code class}: its options, its usage errors, and a headless room from start to the host's close. */
class ClassCommandTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter err = new StringWriter();

    @Test
    void helpListsTheClassCommandAndItsOptions() {
        StringWriter out = new StringWriter();
        assertThat(Main.execute(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(out.toString()).contains("class");
        StringWriter classHelp = new StringWriter();
        assertThat(Main.execute(new String[] {"class", "--help"}, new PrintWriter(classHelp, true),
                new PrintWriter(err, true))).isZero();
        assertThat(classHelp.toString()).contains("--port", "--bind", "--max", "--lesson", "url=", "host-token=");
    }

    @Test
    void badOptionsAreUsageErrorsWithAReason() {
        assertThat(run("class", "--max", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--max takes 1 to 1000");
        assertThat(run("class", "--max", "1001")).isEqualTo(2);
        assertThat(run("class", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port takes 0 to 65535");
        assertThat(run("class", "--port", "any")).isEqualTo(2);
        assertThat(run("class", "--bind", "example.org")).isEqualTo(2);
        assertThat(err.toString()).contains("--bind takes an IP address");
        assertThat(run("class", "--bind", "127.0.0.1", "--port", "0", "--lesson", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no lesson 'nope'; the lessons are who-moves-the-data, push,");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPortInUseIsReportedWithAWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("class", "--bind", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port 0").doesNotContain("\tat ");
        }
    }

    @Test
    void aHeadlessRoomPrintsItsLinesServesTheLessonAndEndsWhenTheHostCloses() throws Exception {
        Lines out = new Lines();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.execute(
                new String[] {"class", "--bind", "127.0.0.1", "--port", "0", "--lesson", "push"},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        Map<String, String> printed = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String line = out.next();
            int eq = line.indexOf('=');
            printed.put(line.substring(0, eq), line.substring(eq + 1));
        }
        assertThat(printed.keySet()).containsExactlyInAnyOrder("url", "code", "host-token");
        assertThat(printed.get("url")).matches("http://127\\.0\\.0\\.1:[0-9]+/");
        assertThat(printed.get("code")).matches("[0-9]{6}");
        URI url = URI.create(printed.get("url"));
        String host = printed.get("host-token");
        HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();

        assertThat(post(http, url, "/api/join", "{\"code\":\"" + printed.get("code") + "\"}", null).statusCode())
                .isEqualTo(200);
        assertThat(post(http, url, "/api/host/ask", "{\"quiz\":\"push-characteristic\"}", host).statusCode())
                .isEqualTo(200);
        HttpResponse<String> other = post(http, url, "/api/host/ask", "{\"quiz\":\"pull-stateless\"}", host);
        assertThat(other.statusCode()).as("a quiz of another lesson").isEqualTo(404);
        assertThat(other.body()).contains("lesson 'push'");
        JsonNode results = JSON.readTree(http.send(HttpRequest.newBuilder(url.resolve("/api/host/results"))
                .header("Authorization", "Bearer " + host).timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(results.get("joined").asInt()).isEqualTo(1);

        assertThat(post(http, url, "/api/host/close", "", host).statusCode()).isEqualTo(200);
        assertThat(exit.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isZero();
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private static HttpResponse<String> post(HttpClient http, URI url, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(BOUND)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The command's standard output, line by line, as it is printed. */
    private static final class Lines extends Writer {
        private final StringBuilder partial = new StringBuilder();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines.add(partial.toString());
                    partial.setLength(0);
                } else if (buf[i] != '\r') {
                    partial.append(buf[i]);
                }
            }
        }

        String next() throws InterruptedException {
            String line = lines.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no line printed within " + BOUND);
            }
            return line;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
