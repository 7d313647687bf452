package org.fanoutlab.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** Bearer tokens for the host and the participants: 192 random bits, URL-safe, compared in constant time. */
final class Tokens {
    private static final int BYTES = 24;

    private Tokens() {
    }

    static String next(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant-time, so the host token cannot be guessed one character at a time from response times. */
    static boolean same(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
