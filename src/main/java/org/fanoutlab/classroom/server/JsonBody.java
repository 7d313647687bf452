package org.fanoutlab.classroom.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body as one JSON object, refusing bodies over the limit (413) before reading them when their
 * length is declared and after {@code limit + 1} bytes when it is not, and malformed JSON (400, with line and
 * column).
 */
final class JsonBody {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final int limit;

    JsonBody(int limit) {
        this.limit = limit;
    }

    ObjectNode object(Context ctx) {
        byte[] bytes = read(ctx);
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ApiError(400, "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, "unreadable body: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiError(400, "the body is empty; send a JSON object");
        }
        if (!node.isObject()) {
            throw new ApiError(400, "the body must be a JSON object, was " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) node;
    }

    /**
     * @param required whether a missing or null field is an error
     * @return the string value, or null when absent and not required
     */
    static String text(ObjectNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ApiError(400, field + ": required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiError(400, field + ": must be a string");
        }
        return v.textValue();
    }

    private byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[limit + 1];
            int n = 0;
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) != -1) {
                n += r;
            }
            if (n > limit) {
                throw tooLarge();
            }
            return Arrays.copyOf(buf, n);
        } catch (IOException e) {
            throw new ApiError(400, "the body could not be read: " + e.getMessage());
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "the body is larger than " + limit + " bytes");
    }
}
