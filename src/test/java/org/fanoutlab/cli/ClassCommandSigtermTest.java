package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fanoutlab.app.Main;
import org.junit.jupiter.api.Test;

/**
 * The headless room as a process: SIGTERM (what a terminal's Ctrl+C, {@code kill} and service managers send) ends it
 * after phones were told {@code closed}.
 */
class ClassCommandSigtermTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void sigtermTellsThePhonesTheSessionClosedAndEndsTheProcess() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classpath, Main.class.getName(),
                "class", "--bind", "127.0.0.1", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BlockingQueue<String> lines = readLines(process.getInputStream());
            Map<String, String> printed = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                String line = lines.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertThat(line).as("line %d of the output", i + 1).isNotNull();
                printed.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
            URI url = URI.create(printed.get("url"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();
            String join = http.send(HttpRequest.newBuilder(url.resolve("/api/join")).timeout(BOUND)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + printed.get("code") + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = join.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(url.resolve("/api/events?token=" + token))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            BlockingQueue<String> events = readLines(stream.body());

            process.destroy(); // SIGTERM on Linux

            List<String> received = new ArrayList<>();
            String line;
            while ((line = events.poll(BOUND.toSeconds(), TimeUnit.SECONDS)) != null && !line.equals(END)) {
                received.add(line);
            }
            assertThat(received).contains("event: closed");
            assertThat(process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("ended by SIGTERM").isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    private static final String END = "\u0000end";

    private static BlockingQueue<String> readLines(InputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process or the stream ended.
            }
            lines.add(END);
        }, "read-lines");
        t.setDaemon(true);
        t.start();
        return lines;
    }
}
