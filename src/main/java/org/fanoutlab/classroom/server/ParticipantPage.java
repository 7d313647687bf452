package org.fanoutlab.classroom.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one page phones load: a self-contained HTML file (its CSS and script inline, nothing fetched from elsewhere:
 * the room may have no internet). A Content-Security-Policy allows exactly that inline script and style, by hash,
 * and connections back to this server only; so even a name that slipped past escaping could not run as script.
 */
final class ParticipantPage {
    static final String RESOURCE = "participant.html";
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private final byte[] html;
    private final String policy;

    private ParticipantPage(String html) {
        this.html = html.getBytes(StandardCharsets.UTF_8);
        this.policy = "default-src 'none'; script-src " + hash(SCRIPT, html) + "; style-src " + hash(STYLE, html)
                + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'";
    }

    static ParticipantPage load() {
        try (InputStream in = ParticipantPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new ParticipantPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void serve(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .result(html);
    }

    String policy() {
        return policy;
    }

    private static String hash(Pattern block, String html) {
        Matcher m = block.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException(RESOURCE + " has no " + block.pattern());
        }
        String body = m.group(1);
        if (m.find()) {
            throw new IllegalStateException(RESOURCE + " must have one " + block.pattern() + " block");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
