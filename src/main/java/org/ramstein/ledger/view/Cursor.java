package org.ramstein.ledger.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.ramstein.common.ValidationException;

/** An opaque page cursor: the last row's sort key, base64url-encoded so clients do not build it themselves. */
public final class Cursor {
    private static final String SEP = "\u001f";

    private Cursor() {
    }

    public static String encode(String... key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEP, key).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code parts} fields of a cursor this API gave out; a 400 on "cursor" for anything else. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> key = List.of(text.split(SEP, -1));
            if (key.size() == parts) return key;
        } catch (IllegalArgumentException e) {
            // falls through to the one answer a client can act on
        }
        throw new ValidationException("cursor", "is not a cursor this list gave out (pass nextCursor back unchanged)");
    }
}
