package org.ramstein.audit.domain;

/**
 * One write as the trail records it, before it is numbered and chained: who (actor and role), from where (the client's
 * address, or "cli"), what (the action, the entity it names where known, the payload as JSON with secrets redacted) and
 * how it ended. Text is cleaned so that it reads back from either database exactly as it was hashed: NUL characters and
 * unpaired surrogates become U+FFFD, and each field is capped in length.
 */
public record AuditCommand(String actor, String role, String origin, String action, String entityType, String entityId, String payload,
                           String outcome) {

    public static final int MAX_SHORT = 200;
    public static final int MAX_ACTION = 1_000;
    public static final int MAX_OUTCOME = 2_000;

    public AuditCommand {
        actor = required("actor", clean(actor, MAX_SHORT));
        role = required("role", clean(role, MAX_SHORT));
        origin = required("origin", clean(origin, MAX_SHORT));
        action = required("action", clean(action, MAX_ACTION));
        entityType = blankToNull(clean(entityType, MAX_SHORT));
        entityId = blankToNull(clean(entityId, MAX_SHORT));
        payload = clean(payload, Integer.MAX_VALUE);
        outcome = required("outcome", clean(outcome, MAX_OUTCOME));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("an audit record has a " + field);
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The text as stored: NUL and unpaired surrogates replaced, cut at {@code max} characters (an ellipsis marks the cut). */
    static String clean(String s, int max) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c == '\u0000'
                    || Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (bad && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) sb.append(bad ? '\uFFFD' : c);
        }
        String out = sb == null ? s : sb.toString();
        if (out.length() > max) {
            int cut = max - 1;
            if (Character.isLowSurrogate(out.charAt(cut)) && cut > 0) cut--;
            out = out.substring(0, cut) + "…";
        }
        return out;
    }
}
