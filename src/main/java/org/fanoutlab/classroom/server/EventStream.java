package org.fanoutlab.classroom.server;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.PushConnection;
import org.fanoutlab.classroom.Room;
import org.fanoutlab.classroom.RoomEvent;

/**
 * {@code GET /api/events}: a server-sent event stream, written by the request's own thread until the stream ends
 * (the room closes, the phone goes away, a newer stream replaces it, or the room drops it as slow).
 */
final class EventStream {
    /** How soon a browser reconnects after the stream breaks, in ms: quick enough for a phone waking up. */
    static final int RETRY_MILLIS = 2000;

    private final Room room;

    EventStream(Room room) {
        this.room = room;
    }

    void stream(Context ctx, Participant p, Long lastEventId) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        // Proxies that buffer responses would hold events back.
        res.setHeader("X-Accel-Buffering", "no");
        ServletOutputStream out = res.getOutputStream();
        PushConnection c = room.connect(p, lastEventId);
        c.onAbort(() -> abort(ctx));
        try {
            out.write(("retry: " + RETRY_MILLIS + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            c.written(room.clock().millis());
            Object item;
            while ((item = c.next(room.clock().millis())) != null) {
                boolean last = false;
                if (c.isHeartbeat(item)) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    RoomEvent e = (RoomEvent) item;
                    out.write(frame(e, room.render(e, p)));
                    last = e.type() == RoomEvent.Type.CLOSED;
                }
                out.flush();
                c.written(room.clock().millis());
                if (!c.isHeartbeat(item)) {
                    room.traffic().eventPushed();
                }
                if (last) {
                    break;
                }
            }
        } catch (IOException e) {
            // The phone went away (or the room cut a slow stream): the others are not affected.
            room.drop(c, PushConnection.End.GONE);
        } catch (InterruptedException e) {
            // The server is stopping.
            Thread.currentThread().interrupt();
        } finally {
            room.release(c);
        }
    }

    static byte[] frame(RoomEvent e, String json) {
        // Jackson writes JSON on one line (newlines inside strings are escaped), so one data line suffices.
        return ("id: " + e.id() + "\nevent: " + e.type().wireName() + "\ndata: " + json + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void abort(Context ctx) {
        try {
            Request.getBaseRequest(ctx.req()).getHttpChannel().abort(new IOException("stream dropped by the room"));
        } catch (RuntimeException e) {
            // Already completed: nothing left to cut.
        }
    }
}
