package org.ramstein.web.pages;

import io.javalin.http.Context;
import org.ramstein.web.Caller;
import io.javalin.router.JavalinDefaultRouting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ConflictException;
import org.ramstein.common.FieldError;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.VersionRequiredException;
import org.ramstein.sources.ClaimStore;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.DuplicatePolicy;
import org.ramstein.web.pages.ReviewViews.Card;
import org.ramstein.web.pages.ReviewViews.ClaimPage;
import org.ramstein.web.pages.ReviewViews.Duplicate;
import org.ramstein.web.pages.ReviewViews.Fact;
import org.ramstein.web.pages.ReviewViews.Filter;
import org.ramstein.web.pages.ReviewViews.Outcome;
import org.ramstein.web.pages.ReviewViews.Queue;
import org.ramstein.web.pages.ReviewViews.SourceLine;

/**
 * The review queue: claims read in ingested texts, each with its evidence in its sentence, and one claim's page with its
 * whole text, the recorded pledges it may repeat (with the reasons) and three decisions — accept (as read or corrected),
 * reject with a reason, attach to the pledge it announces again — through the same {@link ReviewService} as the API.
 * A refused decision comes back (422) with what was typed and each error beside its field; a decision on a claim already
 * decided (409), or changed since its page was shown (each form carries the version it was shown at), says who decided it. After a decision the next pending claim opens, saying what the last one created.
 */
final class ReviewPages {
    static final int PAGE = 20;
    static final List<String> STATUSES = List.of("pending", "decided", "all");
    private static final String TABLE = "claims";

    private final Dashboard d;
    private final ReviewService review;

    ReviewPages(Dashboard d) {
        this.d = d;
        this.review = d.app.review();
    }

    void register(JavalinDefaultRouting router) {
        router.get("/review", ctx -> d.html(ctx, "review.jte", Map.of("q", queue(d.view(ctx, "Review queue", "review")))));
        router.get("/review/{id}", ctx -> show(ctx, 200, claimPage(d.view(ctx, "Review a claim", "review"), ctx.pathParam("id"), null, null)));
        router.post("/review/{id}/accept", this::postAccept);
        router.post("/review/{id}/reject", this::postReject);
        router.post("/review/{id}/attach", this::postAttach);
    }

    private void show(Context ctx, int status, ClaimPage page) {
        ctx.status(status);
        d.html(ctx, "claim.jte", Map.of("c", page));
    }

    // --- the queue ---------------------------------------------------------------------------------------------------

    Queue queue(View v) {
        String status = v.params().getOrDefault("status", "pending");
        if (!STATUSES.contains(status)) throw new ValidationException("status", "'" + status + "' is not one of " + String.join(", ", STATUSES));
        Boolean pending = pending(status);
        long total = review.count(pending);
        int offset = Pager.offset(v, TABLE);
        List<Claim> read = review.queue(pending, offset, PAGE + 1, v.audience());
        List<Claim> shown = read.subList(0, Math.min(PAGE, read.size()));
        Map<String, Optional<ClaimStore.Document>> texts = new HashMap<>();
        List<Card> cards = new ArrayList<>();
        for (Claim c : shown) {
            cards.add(card(c, texts.computeIfAbsent(c.sourceId(), s -> review.store().document(s)).orElse(null), false, v.audience()));
        }
        Pager pager = Pager.offset(v, TABLE, offset, PAGE, shown.size(), total, read.size() > PAGE, "claims");

        View base = v.withParams(without(v.params(), Pager.param(TABLE), "done"));
        List<Filter> filters = new ArrayList<>();
        for (String s : STATUSES) {
            String label = switch (s) {
                case "pending" -> "Waiting for review";
                case "decided" -> "Decided";
                default -> "All";
            };
            filters.add(new Filter(label, s.equals("pending") ? base.with("status", null) : base.with("status", s), s.equals(status),
                    s.equals(status) ? total : review.count(pending(s))));
        }
        String empty = switch (status) {
            case "pending" -> review.count(null) == 0 ? "No claims have been read yet: claims come from ingested texts." : "No claims are waiting for review: every claim read so far has been decided.";
            case "decided" -> "No claim has been decided yet.";
            default -> "No claims have been read yet: claims come from ingested texts.";
        };
        if (offset > 0 && total > 0) empty = "No claims on this page.";
        return new Queue(v, status, filters, cards, pager, done(v), empty);
    }

    private static Boolean pending(String status) {
        return switch (status) {
            case "pending" -> Boolean.TRUE;
            case "decided" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, String> without(Map<String, String> params, String... names) {
        Map<String, String> p = new LinkedHashMap<>(params);
        for (String n : names) p.remove(n);
        return p;
    }

    /** What the decision named by ?done= did (the page a reviewer lands on after deciding), or null. */
    private Outcome done(View v) {
        String id = v.params().get("done");
        if (id == null) return null;
        return review.store().claim(id).filter(c -> !c.pending()).map(c -> outcome(review.visible(c, v.audience()), true, true, v.audience()))
                .orElse(null);
    }

    // --- one claim as shown ------------------------------------------------------------------------------------------

    /** A claim (as {@code audience} may see it, {@link ReviewService#visible}) as a card. */
    Card card(Claim c, ClaimStore.Document doc, boolean titled, Audience audience) {
        ClaimDraft x = c.draft();
        Fact donor;
        if (c.donorCode() != null) {
            String name = d.app.catalog().donors().byCode(c.donorCode()).map(Donor::name).orElse(c.donorCode());
            donor = new Fact(name, "/donors/" + c.donorCode(), x.donor() != null && !x.donor().equalsIgnoreCase(name) ? "as written: “" + x.donor() + "”" : null);
        } else {
            donor = new Fact(x.donor() == null ? "not stated" : x.donor(), null, x.donor() == null ? null : "not a known donor");
        }
        Fact item;
        CatalogItem known = c.itemId() == null ? null : d.app.catalog().catalog().byId(c.itemId()).orElse(null);
        if (known != null) {
            item = new Fact(known.name(), "/systems/" + known.id(), x.item() != null && !x.item().equalsIgnoreCase(known.name()) ? "as written: “" + x.item() + "”" : null);
        } else {
            item = new Fact(x.item() == null ? Fmt.label(x.category()) : x.item(), null,
                    x.item() == null ? null : (x.category() == null ? "not in the catalogue" : "category: " + Fmt.label(x.category()).toLowerCase(Locale.ROOT)));
        }
        SourceLine source = doc == null ? null : new SourceLine(doc.title(), doc.publisher(), doc.publishedOn() == null ? null : doc.publishedOn().toString(),
                doc.url(), "/provenance/source/" + doc.sourceId());
        Excerpt context = doc == null ? new Excerpt("", x.evidence(), "", false, false, false) : Excerpt.sentence(doc.body(), x.evidence(), x.start(), x.end());
        String quantity = quantity(x);
        String value = value(x.value(), x.currency());
        String title = donor.text() + " — " + (x.quantity() == null ? "" : quantity + " ") + item.text() + (x.value() == null ? "" : ", " + value);
        return new Card(c.id(), "/review/" + c.id(), x.kind(), kindLabel(x.kind()), title, donor, item, quantity, value, x.unit(),
                context, source, x.rule(), x.confidence() == null ? null : String.format(Locale.ROOT, "%.2f", x.confidence()),
                Fmt.recorded(instant(c.recordedAt())), c.pending(), c.pending() ? null : outcome(c, false, titled, audience));
    }

    static String kindLabel(String kind) {
        if (kind == null) return "—";
        return switch (kind) {
            case "pledge" -> "Pledge";
            case "delivery" -> "Delivery";
            case "money" -> "Money";
            case "aggregate" -> "Reported total";
            default -> kind;
        };
    }

    /** The quantity as the text states it: "8", "up to 40", "≈ 2", "40–50"; "no number stated". */
    static String quantity(ClaimDraft x) {
        if (x.quantity() == null) return "no number stated";
        Qualifier q = Qualifier.fromCode(x.qualifier());
        if (q == null) return Fmt.n(x.quantity()) + " (qualifier “" + x.qualifier() + "”)";
        if (q == Qualifier.UNSPECIFIED) q = Qualifier.EXACT;
        if (q == Qualifier.RANGE && x.quantityMax() == null) return Fmt.n(x.quantity()) + "–?";
        return Fmt.qty(new Quantity(x.quantity(), q == Qualifier.RANGE ? x.quantityMax() : null, q));
    }

    /** A value with its currency: "NOK 7.5 bn"; a currency that is no ISO code is shown as read. */
    static String value(BigDecimal value, String currency) {
        if (value == null) return "no value stated";
        if (currency != null && currency.matches("[A-Z]{3}")) return Fmt.money(new Money(value, currency));
        return value.stripTrailingZeros().toPlainString() + " " + (currency == null ? "(no currency stated)" : "(currency read as “" + currency + "”)");
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * What a decision did, in words, with links to what it created or joined (as far as {@code audience} sees it);
     * {@code titled}: pledges named by their titles (one read each), else by their ids (the queue's many cards).
     */
    private Outcome outcome(Claim c, boolean named, boolean titled, Audience audience) {
        Claim.Review r = c.review();
        String claim = named ? "Claim " + c.id() + " " : "";
        String by = "by " + r.recordedBy() + ", " + Fmt.recorded(instant(r.recordedAt()));
        List<Block.Link> links = new ArrayList<>();
        String text;
        switch (r.decision()) {
            case ACCEPTED -> {
                if (r.observationId() != null) {
                    text = claim + "accepted: kept as what this text says (an observation), set beside the ledger's figures and never added to them.";
                    links.add(new Block.Link("The observation and its source", "/provenance/observation/" + r.observationId(), null));
                } else if (r.entryId() != null) {
                    text = claim + "accepted: delivery #" + r.entryId() + " recorded" + (r.pledgeId() == null ? "" : ", against a pledge made from the claim")
                            + ", citing the text with the claim's words.";
                    links.add(new Block.Link("Delivery #" + r.entryId() + " and its source", "/provenance/entry/" + r.entryId(), null));
                    if (r.pledgeId() != null) links.add(pledgeLink(r.pledgeId(), "the pledge made from the claim", titled, audience));
                } else if (r.pledgeId() == null) {
                    text = claim + "accepted.";
                } else {
                    text = claim + "accepted: a pledge was recorded, citing the text with the claim's words as its quote.";
                    links.add(pledgeLink(r.pledgeId(), "the new pledge and its source", titled, audience));
                }
            }
            case REJECTED -> text = claim + "rejected: “" + r.reason() + "”. Nothing was recorded in the ledger.";
            case ATTACHED -> {
                String same = r.reason() != null && r.reason().startsWith(ReviewService.ATTACHED_TO)
                        ? r.reason().substring(ReviewService.ATTACHED_TO.length()) : null;
                text = claim + "attached" + (same == null ? "" : " to pledge " + same) + " as the same package announced again: its words are kept as a "
                        + "pledge of their own, and the package is counted once" + (same == null ? "." : ", under that pledge.");
                if (same != null) links.add(pledgeLink(same, "the package, counted once", titled, audience));
                if (r.pledgeId() != null) links.add(pledgeLink(r.pledgeId(), "this text's announcement of it, not counted again", titled, audience));
            }
            default -> text = claim + r.decision().code + ".";
        }
        return new Outcome(r.decision().code, Character.toUpperCase(text.charAt(0)) + text.substring(1), by, links);
    }

    /** A link to a pledge's sources panel, named by its title when it has one. */
    private Block.Link pledgeLink(String pledgeId, String note, boolean titled, Audience audience) {
        String title = null;
        try {
            if (titled) title = d.queries.pledge(pledgeId, TimeFilter.NOW, audience).title();
        } catch (NotFoundException e) {
            // named by its id alone
        }
        return new Block.Link(title == null ? "Pledge " + pledgeId : "Pledge “" + title + "”", "/provenance/pledge/" + pledgeId, pledgeId + ": " + note);
    }

    // --- one claim's page --------------------------------------------------------------------------------------------

    /** The form a reviewer submitted, as typed, with its errors; the page's other forms start afresh. */
    private record Submitted(String form, Map<String, String> values, List<FieldError> errors) {
    }

    ClaimPage claimPage(View v, String claimId, Submitted submitted, String conflict) {
        ReviewService.ClaimView cv = review.view(claimId, v.audience());
        Claim c = cv.claim();
        ClaimStore.Document doc = cv.document();
        ClaimDraft x = c.draft();
        Card card = card(c, doc, true, v.audience());
        Excerpt text = doc == null ? null : Excerpt.whole(doc.body(), x.evidence(), x.start(), x.end());

        List<Duplicate> dups = new ArrayList<>();
        for (DuplicatePolicy.Suggestion s : cv.duplicates()) {
            String summary = null;
            try {
                var p = d.queries.pledge(s.pledgeId(), TimeFilter.NOW, v.audience());
                summary = "announced " + Fmt.date(p.announced()) + " · " + Lines.summary(p);
            } catch (NotFoundException e) {
                // offered from the candidates just read; gone only if the ledger changed in between
            }
            dups.add(new Duplicate(s.pledgeId(), s.title() == null ? s.pledgeId() : s.title(), summary, "/provenance/pledge/" + s.pledgeId(), s.score(), s.reasons()));
        }
        String dupNote;
        if (c.donorCode() == null) {
            dupNote = "The donor " + (x.donor() == null ? "is not stated" : "“" + x.donor() + "” is not a known donor") + ", so no recorded pledge can be compared.";
        } else if (dups.isEmpty()) {
            dupNote = "No recorded pledge of " + card.donor().text() + " looks like this claim: none names the same system (or category, or is a sum of money "
                    + "like it) within " + DuplicatePolicy.MAX_DAYS_APART + " days with a compatible figure.";
        } else {
            dupNote = "Most likely first. A recorded pledge is offered when it has the same donor and the same system (or category, or both are sums of "
                    + "money), was announced no more than " + DuplicatePolicy.MAX_DAYS_APART + " days apart, and states a compatible figure (ranges "
                    + "that overlap, or within 25 % of each other). Nothing is linked until you attach the claim below.";
        }

        Map<String, String> acceptValues = new LinkedHashMap<>();
        acceptValues.put("kind", nz(x.kind()));
        acceptValues.put("donor", nz(x.donor()));
        acceptValues.put("item", nz(x.item()));
        acceptValues.put("category", nz(x.category()));
        acceptValues.put("qualifier", x.qualifier() == null ? "exact" : x.qualifier());
        acceptValues.put("quantity", x.quantity() == null ? "" : String.valueOf(x.quantity()));
        acceptValues.put("quantityMax", x.quantityMax() == null ? "" : String.valueOf(x.quantityMax()));
        acceptValues.put("value", x.value() == null ? "" : readable(x.value()));
        acceptValues.put("currency", nz(x.currency()));
        acceptValues.put("unit", nz(x.unit()));
        acceptValues.put("evidence", nz(x.evidence()));
        Map<String, String> rejectValues = new LinkedHashMap<>();
        Map<String, String> attachValues = new LinkedHashMap<>();
        List<FieldError> acceptErrors = List.of();
        List<FieldError> rejectErrors = List.of();
        List<FieldError> attachErrors = List.of();
        if (submitted != null) {
            switch (submitted.form()) {
                case "accept" -> {
                    acceptValues = submitted.values();
                    acceptErrors = submitted.errors();
                }
                case "reject" -> {
                    rejectValues = submitted.values();
                    rejectErrors = submitted.errors();
                }
                default -> {
                    attachValues = submitted.values();
                    attachErrors = submitted.errors();
                }
            }
        }
        // each decision is made on the claim as this page shows it
        for (Map<String, String> m : List.of(acceptValues, rejectValues, attachValues)) m.put(Forms.VERSION, String.valueOf(c.version()));
        EntryForm accept = Forms.form(v, "Accept", acceptIntro(), "/review/" + c.id() + "/accept#decide", false, acceptSections(), acceptValues,
                acceptErrors, null, acceptLabel(acceptValues.get("kind")));
        EntryForm reject = Forms.form(v, "Reject", "The claim is wrong, not a commitment, or not about aid to Ukraine: say why, for whoever reads the queue next.",
                "/review/" + c.id() + "/reject#decide", false, rejectSections(), rejectValues, rejectErrors, null, "Reject the claim");
        EntryForm attach = Forms.form(v, "Attach to a recorded pledge", "The text announces again a package the ledger already holds: its words are "
                        + "recorded as a pledge of their own, marked the same as the one you choose, and the package is counted once.",
                "/review/" + c.id() + "/attach#decide", false, attachSections(), attachValues, attachErrors.stream().map(e -> e.field().equals("pledgeId")
                        && attachValuesHasTyped(submitted) ? new FieldError("otherPledgeId", e.message()) : e).toList(), null, "Attach as the same package");

        List<Block.Link> others = new ArrayList<>();
        for (Claim stored : review.store().claims(null, c.sourceId(), 200)) {
            if (stored.id().equals(c.id())) continue;
            Claim o = review.visible(stored, v.audience());
            others.add(new Block.Link(kindLabel(o.draft().kind()) + ": “" + o.draft().evidence() + "”", "/review/" + o.id(),
                    o.pending() ? "waiting for review" : o.review().decision().code));
        }
        String next = review.nextPending(c.id()).map(id -> "/review/" + id).orElse(null);
        View titled = v.titled("Claim: " + card.title());
        return new ClaimPage(titled, card, text, doc == null ? null : doc.mediaType(), dups, dupNote, accept, reject, attach, done(v), conflict, others,
                "/review", next);
    }

    private static boolean attachValuesHasTyped(Submitted s) {
        return s != null && s.form().equals("attach") && s.values().get("otherPledgeId") != null && !s.values().get("otherPledgeId").isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String acceptIntro() {
        return "As read, or corrected: change any field before accepting. A pledge or a sum of money becomes a pledge; a delivery is posted against "
                + "the pledge line you give (or a pledge made from the claim); a reported total is kept as what the text says, beside the ledger's "
                + "figures. Each cites the text, with the words below as its quote.";
    }

    private static String acceptLabel(String kind) {
        return switch (kind == null ? "" : kind) {
            case "pledge" -> "Accept: record a pledge";
            case "money" -> "Accept: record a pledge of money";
            case "delivery" -> "Accept: record a delivery";
            case "aggregate" -> "Accept: keep the reported total";
            default -> "Accept";
        };
    }

    private static List<EntryForm.Section> acceptSections() {
        List<EntryForm.Option> kinds = List.of(new EntryForm.Option("pledge", "pledge"), new EntryForm.Option("money", "money"),
                new EntryForm.Option("delivery", "delivery"), new EntryForm.Option("aggregate", "reported total"));
        return List.of(
                new EntryForm.Section("What the claim says", null, List.of(
                        Forms.select("kind", "Kind", kinds, "a reported total is kept as what the text says", true),
                        Forms.text("donor", "Donor", "a name or code: Norway, NOR", true),
                        Forms.text("item", "Item", "as the text names it; found in the catalogue when it can be", false),
                        Forms.text("category", "Category", "used when the item is not in the catalogue, e.g. main_battle_tank", false),
                        Forms.of("number", "quantity", "Quantity", "a whole number (the lower bound of a range)", false),
                        Forms.select("qualifier", "Quantity as stated", Forms.options(Qualifier.class, null),
                                "'up to 40', '≈ 40', '40–50'; 'unspecified' when no number is given", true),
                        Forms.of("number", "quantityMax", "Quantity: range maximum", "only for a range", false),
                        Forms.text("value", "Value", "e.g. 7500000000 or 7.5 billion", false),
                        Forms.text("currency", "Currency", "ISO code: EUR, USD, NOK…", false),
                        Forms.text("unit", "Unit", "e.g. rounds, vehicles", false))),
                new EntryForm.Section("The text's words", "They become the quote of the entry's source, so they must stand in the text exactly as written.",
                        List.of(Forms.of("textarea", "evidence", "Evidence", null, true))),
                new EntryForm.Section("For a delivery", null, List.of(Forms.text("lineId", "Pledge line delivered against",
                        "e.g. pl-…/1, as shown on the pledge's sources; empty: a pledge is made from this claim and the delivery posted against it", false),
                        Forms.version())));
    }

    private static List<EntryForm.Section> rejectSections() {
        return List.of(new EntryForm.Section("Why", null, List.of(
                Forms.of("textarea", "reason", "Reason", "e.g. 'an intention, not a commitment', 'misread: the 40 are howitzers'", true).idPrefixed("f-reject-"),
                Forms.version())));
    }

    private static List<EntryForm.Section> attachSections() {
        return List.of(new EntryForm.Section("The pledge this text announces again", null, List.of(
                        new EntryForm.Field("pledgeId", "A suggested pledge", "radio", List.of(), null, false, "f-attach-"),
                        Forms.text("otherPledgeId", "Or another pledge id", "as shown on the pledge's sources panel", false).idPrefixed("f-attach-"),
                        Forms.version())));
    }

    // --- the decisions -------------------------------------------------------------------------------------------------

    private void postAccept(Context ctx) {
        String id = ctx.pathParam("id");
        Claim c = review.store().claim(id).orElseThrow(() -> new NotFoundException("claim", id));
        Forms.Input in = new Forms.Input(ctx);
        ClaimDraft x = c.draft();
        String kind = in.text("kind");
        String qualifier = in.text("qualifier");
        if (kind == null) in.errors.add(new FieldError("kind", "is required"));
        if (qualifier == null) in.errors.add(new FieldError("qualifier", "is required"));
        Long quantity = in.whole("quantity");
        Long quantityMax = in.whole("quantityMax");
        BigDecimal value = decimal(in, "value");
        String currency = in.text("currency") == null ? null : in.text("currency").toUpperCase(Locale.ROOT);
        // a browser sends a textarea's line breaks as CR LF: the text's own are LF
        String evidence = in.values.get("evidence") == null ? null : in.values.get("evidence").replace("\r\n", "\n").strip();
        ClaimDraft edited = new ClaimDraft(kind, in.text("donor"), x.recipient(), in.text("item"), in.text("category"), quantity, quantityMax, qualifier,
                value, currency, in.text("unit"), evidence, null, null, "edited by a reviewer", null);
        boolean asRead = Objects.equals(kind, x.kind()) && Objects.equals(edited.donor(), x.donor()) && Objects.equals(edited.item(), x.item())
                && Objects.equals(edited.category(), x.category()) && Objects.equals(quantity, x.quantity()) && Objects.equals(quantityMax, x.quantityMax())
                && Objects.equals(qualifier, x.qualifier()) && sameAmount(value, x.value()) && Objects.equals(currency, x.currency())
                && Objects.equals(edited.unit(), x.unit()) && Objects.equals(evidence, x.evidence());
        String lineId = in.text("lineId");
        Long version = in.whole(Forms.VERSION);
        decide(ctx, id, "accept", in, () -> review.accept(id, version, asRead ? null : edited, lineId, Caller.of(ctx).actor()), ReviewPages::acceptField);
    }

    private void postReject(Context ctx) {
        String id = ctx.pathParam("id");
        Forms.Input in = new Forms.Input(ctx);
        Long version = in.whole(Forms.VERSION);
        decide(ctx, id, "reject", in, () -> review.reject(id, version, in.text("reason"), Caller.of(ctx).actor()), f -> f);
    }

    private void postAttach(Context ctx) {
        String id = ctx.pathParam("id");
        Forms.Input in = new Forms.Input(ctx);
        String typed = in.text("otherPledgeId");
        String pledge = typed != null ? typed : in.text("pledgeId");
        Long version = in.whole(Forms.VERSION);
        decide(ctx, id, "attach", in, () -> review.attach(id, version, pledge, Caller.of(ctx).actor()), f -> f);
    }

    /**
     * Runs a decision. Done: on to the next pending claim (303), saying what this one created. Refused: the claim's page
     * again with the form as typed and its errors (422); already decided: the page saying so (409).
     */
    private void decide(Context ctx, String id, String form, Forms.Input in, Supplier<Claim> command, java.util.function.UnaryOperator<String> field) {
        review.store().claim(id).orElseThrow(() -> new NotFoundException("claim", id));
        View v = d.view(ctx, "Review a claim", "review");
        List<FieldError> errors = new ArrayList<>(in.errors);
        String conflict = null;
        int status = 422;
        if (errors.isEmpty()) {
            try {
                Claim decided = command.get();
                String next = review.nextPending(id).map(n -> "/review/" + n).orElse("/review");
                ctx.redirect(v.href(next + "?done=" + View.enc(id) + "#main"), io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            } catch (ValidationException e) {
                e.errors().forEach(x -> errors.add(new FieldError(field.apply(x.field()), x.message())));
            } catch (ConflictException e) {
                conflict = e.getMessage();
                status = 409;
            } catch (StaleVersionException e) {
                // decided (or otherwise changed) by someone else since this page was shown: say by whom and how
                conflict = e.getMessage().replaceFirst("^nothing was recorded: ", "");
                status = 409;
            } catch (VersionRequiredException e) {
                // a form that did not say which version of the claim it was shown: the page again, as the claim stands
                errors.add(new FieldError("", Forms.confirm(e)));
                status = 428;
            } catch (NotFoundException e) {
                errors.add(new FieldError(form.equals("accept") ? "lineId" : "pledgeId", e.getMessage()));
            }
        }
        Refusal.note(ctx, status == 409 ? "Conflict" : status == 428 ? "Precondition required" : "Invalid input", conflict, errors);
        show(ctx, status, claimPage(v, id, new Submitted(form, new LinkedHashMap<>(in.values), errors), conflict));
    }

    /** The accept form's field for an error of the ledger's commands ("lines[0].quantity.value" is the claim's quantity). */
    static String acceptField(String f) {
        String g = f.startsWith("lines[0].") ? f.substring("lines[0].".length()) : f.equals("lines[0]") ? "quantity" : f;
        return switch (g) {
            case "quantity", "quantity.value" -> "quantity";
            case "quantity.max" -> "quantityMax";
            case "quantity.qualifier" -> "qualifier";
            case "value.amount", "amount.amount" -> "value";
            case "value.currency" -> "currency";
            case "title", "sources[0].quote", "sources" -> "evidence";
            default -> g;
        };
    }

    /** An amount as a reviewer compares it with the text's words: "7.5 billion", "400 million", "12500" (exact, never rounded). */
    static String readable(BigDecimal v) {
        for (var scale : List.of(java.util.Map.entry(9, " billion"), java.util.Map.entry(6, " million"))) {
            BigDecimal s = v.movePointLeft(scale.getKey()).stripTrailingZeros();
            if (v.abs().compareTo(BigDecimal.TEN.pow(scale.getKey())) >= 0 && s.scale() <= 3) return s.toPlainString() + scale.getValue();
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?)\\s*(thousand|million|billion|k|m|mn|bn)?");

    /** A value as a reviewer types it: digits with separators, or with a scale word ("7.5 billion", "400 m"). */
    static BigDecimal decimal(Forms.Input in, String name) {
        String raw = in.text(name);
        if (raw == null) return null;
        String s = raw.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("_", "");
        java.util.regex.Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            in.errors.add(new FieldError(name, "'" + raw + "' is not an amount: digits with an optional decimal point (7500000000, 1850000.50), "
                    + "or with million/billion (7.5 billion)"));
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        v = switch (scale) {
            case "thousand", "k" -> v.movePointRight(3);
            case "million", "m", "mn" -> v.movePointRight(6);
            case "billion", "bn" -> v.movePointRight(9);
            default -> v;
        };
        if (v.stripTrailingZeros().scale() > 2) {
            in.errors.add(new FieldError(name, "'" + raw + "' has more than two decimals (cents)"));
            return null;
        }
        return v;
    }
}
