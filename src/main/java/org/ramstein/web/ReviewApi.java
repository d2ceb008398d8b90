package org.ramstein.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.ClaimDraft;

/**
 * The review queue over HTTP: claims read in ingested texts, each with its likely duplicates; a reviewer accepts (as
 * read or edited), rejects with a reason, or attaches a claim to the pledge it announces again, each on the version of
 * the claim it read (If-Match, or the body's "version").
 */
final class ReviewApi {
    private static final String CLAIMS = "/api/v1/claims";

    private final ReviewService review;

    ReviewApi(ReviewService review) {
        this.review = review;
    }

    List<Route> routes() {
        List<Route> r = new ArrayList<>();
        r.add(Route.get(CLAIMS, this::list));
        r.add(Route.get(CLAIMS + "/{id}", ctx -> Versions.json(ctx, review.view(ctx.pathParam("id"), Caller.of(ctx).audience()))));
        r.add(Route.post(CLAIMS + "/{id}/accept", this::accept));
        r.add(Route.post(CLAIMS + "/{id}/reject", this::reject));
        r.add(Route.post(CLAIMS + "/{id}/attach", this::attach));
        return r;
    }

    private void list(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String status = p.text("status");
        int limit = p.limit();
        p.check();
        if (status != null && !List.of("pending", "decided", "all").contains(status)) {
            throw new org.ramstein.common.ValidationException("status", "'" + status + "' is not one of pending, decided, all");
        }
        Boolean pending = status == null || status.equals("pending") ? Boolean.TRUE : status.equals("decided") ? Boolean.FALSE : null;
        ctx.json(review.queue(pending, limit, Caller.of(ctx).audience()));
    }

    private record Accept(ClaimDraft edited, String lineId, String recordedBy, Long version) {
    }

    private void accept(Context ctx) {
        Accept a = JsonBody.read(ctx.body(), (o, in) -> {
            JsonBody.Obj e = o.object("edited");
            ClaimDraft edited = e == null ? null : edited(e, in);
            o.text("recordedBy"); // read, not trusted: the decision is the caller's
            return new Accept(edited, o.text("lineId"), Caller.of(ctx).actor(), o.whole("version"));
        });
        Versions.json(ctx, review.visible(review.accept(ctx.pathParam("id"), Versions.expected(ctx, a.version()), a.edited(), a.lineId(),
                a.recordedBy()), Caller.of(ctx).audience()));
    }

    private static ClaimDraft edited(JsonBody.Obj e, JsonBody in) {
        String value = e.text("value");
        BigDecimal amount = null;
        if (value != null) {
            if (value.trim().matches("\\d{1,17}(\\.\\d{1,2})?")) amount = new BigDecimal(value.trim());
            else in.error("edited.value", "must be a decimal string such as \"1850000000\"");
        }
        ClaimDraft d = new ClaimDraft(e.text("kind"), e.text("donor"), e.text("recipient"), e.text("item"), e.text("category"),
                e.whole("quantity"), e.whole("quantityMax"), e.text("qualifier"), amount, e.text("currency"), e.text("unit"),
                e.text("evidence"), null, null, "edited by a reviewer", null);
        e.done();
        return d;
    }

    /** The reviewer is the caller; a "recordedBy" in the body is read (older clients send it) but not trusted. */
    private static String by(io.javalin.http.Context ctx, JsonBody.Obj o) {
        o.text("recordedBy");
        return Caller.of(ctx).actor();
    }

    private record Decision(String text, String recordedBy, Long version) {
    }

    private void reject(Context ctx) {
        Decision d = JsonBody.read(ctx.body(), o -> new Decision(o.text("reason"), by(ctx, o), o.whole("version")));
        Versions.json(ctx, review.visible(review.reject(ctx.pathParam("id"), Versions.expected(ctx, d.version()), d.text(), d.recordedBy()),
                Caller.of(ctx).audience()));
    }

    private void attach(Context ctx) {
        Decision d = JsonBody.read(ctx.body(), o -> new Decision(o.text("pledgeId"), by(ctx, o), o.whole("version")));
        Versions.json(ctx, review.visible(review.attach(ctx.pathParam("id"), Versions.expected(ctx, d.version()), d.text(), d.recordedBy()),
                Caller.of(ctx).audience()));
    }
}
