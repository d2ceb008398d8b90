package org.ramstein.web;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.view.LedgerViews;
import org.ramstein.revisions.domain.VersionRequiredException;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.Claim;

/**
 * Versions over HTTP. A single subject's GET answers with its version as an entity tag ({@code ETag: "3"}); a change
 * says which version it was made on, as {@code If-Match: "3"} or as the body's {@code "version": 3} (the same when both
 * are given). Nothing is decided here: a missing or stale version is the service's to refuse.
 */
final class Versions {
    static final String IF_MATCH = "If-Match";
    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private Versions() {
    }

    /** The version a change was made on: from If-Match and/or {@code fromBody}; null when neither gives one. */
    static Long expected(Context ctx, Long fromBody) {
        String header = ctx.header(IF_MATCH);
        Long fromHeader = null;
        if (header != null && !header.isBlank()) {
            Matcher m = ENTITY_TAG.matcher(header);
            if (!m.matches()) {
                throw new ValidationException(IF_MATCH, "'" + header + "' is not one entity tag as this API writes them: the ETag read "
                        + "with the subject, such as \"3\" (a weak tag, a list or * says no version)");
            }
            fromHeader = Long.parseLong(m.group(1));
        }
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new ValidationException(VersionRequiredException.FIELD, "says " + fromBody + " but If-Match says " + fromHeader
                    + ": give one version");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    /** The entity tag of a version. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Writes {@code view} as JSON with its version as ETag when it is one versioned subject. */
    static void json(Context ctx, Object view) {
        Long v = versionOf(view);
        if (v != null) ctx.header("ETag", etag(v));
        ctx.json(view);
    }

    private static Long versionOf(Object view) {
        if (view instanceof LedgerViews.PledgeView p) return p.version();
        if (view instanceof LedgerViews.EntryView e) return e.version();
        if (view instanceof LedgerViews.NeedView n) return n.version();
        if (view instanceof Claim c) return c.version();
        if (view instanceof ReviewService.ClaimView c) return c.claim().version();
        return null;
    }
}
