package io.github.flymachines.testing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors for the fake's cursor-paged lists: the sort key of a page's last item, base64url. */
final class PageCursors {
    private PageCursors() {
    }

    /**
     * Encodes a cursor.
     *
     * @param key the last item's sort key
     * @return the cursor
     */
    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor.
     *
     * @param cursor the cursor
     * @return the sort key, or null when the cursor is not one of ours
     */
    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
