package org.claimgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Position in a list: the last item's sort key and id (a keyset), or for ranked lists its rank.
 * A cursor names the list and order it belongs to ({@link BatchedPages#list()} or a ranked list's
 * name), so that one passed to another list — a NEWEST page's cursor to the STORED order, an
 * article's claims (reading order) to the claim list (id order) — is refused instead of silently
 * giving a wrong page. Opaque to clients; encoded so that it is recognisably not a number a client
 * should compute with.
 */
public record Cursor(String list, long sortKey, long id) {

    private static final String PREFIX = "cg2:";

    public String encode() {
        String plain = PREFIX + list + ":" + sortKey + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                String[] parts = plain.substring(PREFIX.length()).split(":");
                if (parts.length == 3 && !parts[0].isEmpty()) {
                    return new Cursor(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                }
            }
        } catch (IllegalArgumentException ignored) {
            // reported below, with the same message for every malformed cursor
        }
        // cursors are short: a long string is shown by its start, not echoed whole
        String shown = cursor.length() <= 80 ? cursor : cursor.substring(0, 80) + "…";
        throw ApiError.badInput("`after` is not a cursor returned by this API: \"" + shown + "\"");
    }

    /** This cursor, if it belongs to {@code expected}; a BAD_USER_INPUT error otherwise. */
    Cursor in(String expected) {
        if (!list.equals(expected)) {
            throw ApiError.badInput("`after` is a cursor of another list or order; a cursor only continues the list it came from");
        }
        return this;
    }
}
