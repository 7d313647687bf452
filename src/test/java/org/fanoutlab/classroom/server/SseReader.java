package org.fanoutlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test's push stream: a reader thread parses server-sent events into a queue. {@link #next} waits for one with a
 * bound (a hang guard, not a timing claim).
 */
final class SseReader implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event; {@code event} is "comment" for a comment line, "end" when the stream closed. */
    record Frame(String id, String event, String data) {
        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError(data, e);
            }
        }
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final int status;
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    private SseReader(HttpResponse<InputStream> response) {
        this.response = response;
        this.status = response.statusCode();
        this.reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseReader open(HttpClient http, HttpRequest request) {
        try {
            return new SseReader(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int status() {
        return status;
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event (comments skipped unless asked for), or an AssertionError after {@link #WAIT}. */
    Frame next() {
        return next(false);
    }

    Frame next(boolean comments) {
        try {
            while (true) {
                Frame f = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (f == null) {
                    throw new AssertionError("no event within " + WAIT);
                }
                if (comments || !f.event().equals("comment")) {
                    return f;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether an event is already queued (no waiting). */
    boolean hasQueued() {
        return frames.stream().anyMatch(f -> !f.event().equals("comment"));
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        frames.add(new Frame(id, event, data.toString()));
                    }
                    id = null;
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    frames.add(new Frame(null, "comment", line.substring(1).trim()));
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // Closed by the test or cut by the server: reported as the end below.
        }
        frames.add(new Frame(null, "end", ""));
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing to do: the stream is gone either way.
        }
    }
}
