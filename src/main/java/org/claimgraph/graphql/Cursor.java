package org.claimgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a list ordered by (sortKey, id). Opaque to clients; encoded so that a
 * cursor from one list is recognisably not a number a client should compute with.
 */
public record Cursor(long sortKey, long id) {

    private static final String PREFIX = "cg1:";

    public static Cursor ofId(long id) {
        return new Cursor(id, id);
    }

    public String encode() {
        String plain = PREFIX + sortKey + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                String[] parts = plain.substring(PREFIX.length()).split(":");
                if (parts.length == 2) {
                    return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
        } catch (IllegalArgumentException ignored) {
            // reported below, with the same message for every malformed cursor
        }
        throw ApiError.badInput("`after` is not a cursor returned by this API: \"" + cursor + "\"");
    }
}
