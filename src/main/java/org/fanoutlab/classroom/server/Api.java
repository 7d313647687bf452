package org.fanoutlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fanoutlab.classroom.AnswerFormat;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RateLimiter;
import org.fanoutlab.classroom.Room;
import org.fanoutlab.classroom.RoomRefusal;
import org.fanoutlab.classroom.RoomSnapshot;
import org.fanoutlab.classroom.RoundResult;
import org.fanoutlab.classroom.SessionCsv;
import org.fanoutlab.classroom.TrafficSnapshot;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.QuizOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of docs/class-mode.md and how each refusal becomes a status. Every error answers
 * {@code {"error": "…"}} with a sentence saying what was wrong; nothing answers with a stack trace.
 */
final class Api {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ClassServer server;
    private final Room room;
    private final RateLimiter participantLimit;
    private final RateLimiter failureLimit;
    private final JsonBody body;
    private final ParticipantPage page;
    private final EventStream events;

    Api(ClassServer server, Room room, RateLimiter participantLimit, RateLimiter failureLimit, int maxBodyBytes,
            ParticipantPage page) {
        this.server = server;
        this.room = room;
        this.participantLimit = participantLimit;
        this.failureLimit = failureLimit;
        this.body = new JsonBody(maxBodyBytes);
        this.page = page;
        this.events = new EventStream(room);
    }

    void routes(JavalinDefaultRouting r) {
        r.get("/", page::serve);
        r.post("/api/join", this::join);
        r.get("/api/events", this::events);
        r.post("/api/answer", this::answer);
        r.post("/api/host/ask", this::ask);
        r.get("/api/host/results", this::results);
        r.post("/api/host/reveal", this::reveal);
        r.post("/api/host/close", this::close);
        r.get("/api/host/quizzes", this::quizzes);
        r.get("/api/host/export.csv", this::export);
        r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        r.exception(RoomRefusal.class, (e, ctx) -> error(ctx, status(e.reason()), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("class room: {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the room goes on");
        });
    }

    private void join(Context ctx) {
        refuseFloodingAddress(ctx);
        ObjectNode req = body.object(ctx);
        String code = JsonBody.text(req, "code", true);
        String name = JsonBody.text(req, "name", false);
        Participant p;
        try {
            p = room.join(code, name);
        } catch (RoomRefusal e) {
            if (e.reason() == RoomRefusal.Reason.WRONG_CODE) {
                failureLimit.allow(address(ctx));
            }
            throw e;
        }
        json(ctx, 200, JSON.objectNode().put("token", p.token()));
    }

    private void events(Context ctx) throws Exception {
        Participant p = participant(ctx, ctx.queryParam("token"));
        events.stream(ctx, p, lastEventId(ctx));
    }

    private void answer(Context ctx) {
        Participant p = participant(ctx, bearer(ctx));
        ObjectNode req = body.object(ctx);
        String quiz = JsonBody.text(req, "quiz", true);
        JsonNode answer = room.answer(p, quiz, req.get("answer")).wire();
        ObjectNode res = JSON.objectNode().put("quiz", quiz);
        res.set("answer", answer);
        json(ctx, 200, res);
    }

    private void ask(Context ctx) {
        host(ctx);
        String quiz = JsonBody.text(body.object(ctx), "quiz", true);
        int round = server.ask(quiz);
        json(ctx, 200, JSON.objectNode().put("quiz", quiz).put("round", round));
    }

    private void reveal(Context ctx) {
        host(ctx);
        server.reveal();
        json(ctx, 200, results(room.snapshot()));
    }

    private void results(Context ctx) {
        host(ctx);
        json(ctx, 200, results(room.snapshot()));
    }

    private void close(Context ctx) throws Exception {
        host(ctx);
        room.close();
        // Answer before the server stops, so the host sees the 200; the stop happens on another thread.
        byte[] bytes = "{\"closed\":true}".getBytes(StandardCharsets.UTF_8);
        ctx.status(200).contentType("application/json");
        ctx.res().setContentLength(bytes.length);
        ctx.res().getOutputStream().write(bytes);
        ctx.res().flushBuffer();
        server.closeSoon();
    }

    private void quizzes(Context ctx) {
        host(ctx);
        QuizCatalog catalog = room.catalog();
        ObjectNode res = JSON.objectNode();
        res.put("lesson", catalog.lessonId());
        ArrayNode list = res.putArray("quizzes");
        for (QuizCatalog.Entry e : catalog.entries()) {
            list.addObject().put("id", e.quiz().id()).put("lesson", e.lessonId()).put("type", e.quiz().type().id())
                    .put("prompt", e.quiz().prompt()).put("askable", e.askable());
        }
        json(ctx, 200, res);
    }

    private void export(Context ctx) {
        host(ctx);
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"class-session-" + room.code() + ".csv\"")
                .header("Cache-Control", "no-store")
                .result(SessionCsv.write(room.results()));
    }

    /** {@code GET /api/host/results} and the reveal's answer: counts and figures, never names. */
    static ObjectNode results(RoomSnapshot s) {
        ObjectNode res = JSON.objectNode();
        RoundResult r = s.current();
        if (r == null) {
            res.putNull("quiz");
        } else {
            res.put("quiz", r.quiz().id());
            res.put("round", r.round());
            res.put("type", r.quiz().type().id());
            res.put("prompt", r.quiz().prompt());
            if (!r.quiz().options().isEmpty()) {
                ArrayNode options = res.putArray("options");
                r.quiz().options().stream().map(QuizOption::text).forEach(options::add);
            }
            // The host's view is in the quiz's written order: the counts' "item:bucket" and "step:position" keys.
            if (r.quiz().body() instanceof ClassifyQuiz.Body body) {
                body.buckets().forEach(res.putArray("buckets")::add);
                ArrayNode items = res.putArray("items");
                body.items().forEach(item -> items.add(item.text()));
            } else if (r.quiz().body() instanceof OrderQuiz.Body body) {
                ArrayNode steps = res.putArray("steps");
                body.steps().forEach(step -> steps.add(step.text()));
            }
            res.put("revealed", r.revealed());
        }
        res.put("joined", s.joined());
        res.put("connected", s.connected());
        res.put("max", s.maxParticipants());
        res.put("answered", r == null ? 0 : r.tally().answered());
        ObjectNode counts = res.putObject("counts");
        ArrayNode values = res.putArray("values");
        if (r != null) {
            r.tally().counts().forEach(counts::put);
            r.tally().values().forEach(v -> values.add(AnswerFormat.number(v)));
            if (r.tally().correct() == null) {
                res.putNull("correct");
            } else {
                res.put("correct", r.tally().correct());
            }
            if (r.revealed() && r.figure() != null) {
                res.set("figure", AnswerFormat.number(r.figure()));
            }
        }
        res.put("closed", s.closed());
        TrafficSnapshot t = s.traffic();
        res.putObject("traffic")
                .put("connectionsHeld", t.connectionsHeld())
                .put("eventsPushed", t.eventsPushed())
                .put("requestsAnswered", t.requestsAnswered())
                .put("connectionsDropped", t.connectionsDropped());
        return res;
    }

    private Participant participant(Context ctx, String token) {
        refuseFloodingAddress(ctx);
        Participant p = room.participant(token).orElse(null);
        if (p == null) {
            failureLimit.allow(address(ctx));
            throw new ApiError(401, token == null ? "a participant token is required" : "unknown participant token; join again");
        }
        if (!participantLimit.allow(p.pseudonym())) {
            ctx.header("Retry-After", "1");
            throw new ApiError(429, "more than " + server.options().ratePerSecond() + " requests a second; slow down");
        }
        return p;
    }

    private void host(Context ctx) {
        if (!room.isHost(bearer(ctx))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"class room host\"");
            throw new ApiError(401, "host calls need the host token: Authorization: Bearer <host-token>");
        }
    }

    /** Wrong codes and unknown tokens from one address are limited like a participant's requests. */
    private void refuseFloodingAddress(Context ctx) {
        if (failureLimit.isFull(address(ctx))) {
            ctx.header("Retry-After", "1");
            throw new ApiError(429, "too many failed attempts from this address; wait a second");
        }
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        return h.substring(7).trim();
    }

    private static Long lastEventId(Context ctx) {
        String id = ctx.header("Last-Event-ID");
        if (id == null || id.isBlank()) {
            // A page that opens a new EventSource (after the browser gave up retrying) cannot set the header.
            id = ctx.queryParam("lastEventId");
        }
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String address(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    static int status(RoomRefusal.Reason reason) {
        return switch (reason) {
            case BAD_REQUEST -> 400;
            case WRONG_CODE -> 403;
            case UNKNOWN_QUIZ -> 404;
            case FULL, CONFLICT -> 409;
        };
    }

    private static void error(Context ctx, int status, String message) {
        json(ctx, status, JSON.objectNode().put("error", message));
    }

    private static void json(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType("application/json").header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").result(node.toString());
    }
}
