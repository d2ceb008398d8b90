package org.ramstein.sources;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ConflictException;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.Validation;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.revisions.domain.Expected;
import org.ramstein.revisions.domain.Subject;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.DuplicatePolicy;
import org.ramstein.sources.domain.Observation;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.Ids;
import org.ramstein.storage.Ledger;

/**
 * Texts in, reviewed facts out. An ingested text is stored once (by content hash) with the claims read in it; each claim
 * waits for a reviewer, who accepts it (as read, or edited: it becomes a pledge, a delivery or a reported aggregate,
 * citing the text with the claim's words as the quote), rejects it with a reason, or attaches it to a recorded pledge as
 * the same package announced again. Nothing enters the ledger unreviewed.
 *
 * <p>A decision is one transaction with what it records, made on the version of the claim the reviewer read: a claim
 * decided by someone else meanwhile is refused with who decided it, and nothing of the second decision is written.
 */
public final class ReviewService {
    private final Ledger ledger;
    private final CatalogService catalog;
    private final LedgerService ledgerService;
    private final ClaimStore store;

    public ReviewService(Ledger ledger, CatalogService catalog, LedgerService ledgerService) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.ledgerService = ledgerService;
        this.store = new ClaimStore(ledger.database().jdbi());
    }

    public ClaimStore store() {
        return store;
    }

    /** What is known of a text besides its words. */
    public record DocumentMeta(String fileName, String url, String publisher, LocalDate publishedOn, String mediaType) {
    }

    public record IngestResult(String sourceId, boolean alreadyIngested, int claims) {
    }

    /** Stores the text and its claims in one transaction; the same text again changes nothing and says so. */
    public IngestResult ingest(DocumentMeta meta, String text, List<ClaimDraft> claims, String recordedBy) {
        Validation v = new Validation();
        v.require(text != null && !text.isBlank(), "text", "is empty");
        v.require(meta.url() == null || meta.url().matches("(?i)https?://\\S+"), "url", "must be an http(s) address");
        for (int i = 0; i < claims.size(); i++) {
            ClaimDraft c = claims.get(i);
            v.require(ClaimDraft.KINDS.contains(c.kind()), "claims[" + i + "].kind", "'" + c.kind() + "' is not one of " + ClaimDraft.KINDS);
            v.require(Qualifier.fromCode(c.qualifier()) != null, "claims[" + i + "].qualifier", "'" + c.qualifier() + "' is not a qualifier");
            v.require(c.evidence() != null && text != null && text.contains(c.evidence()), "claims[" + i + "].evidence",
                    "must be words of the text");
        }
        v.throwIfInvalid();
        String hash = sha256(text);
        Optional<String> before = store.documentByHash(hash);
        if (before.isPresent()) return new IngestResult(before.get(), true, store.claims(null, before.get(), Integer.MAX_VALUE).size());
        return ledger.write(w -> {
            Optional<String> raced = store.documentByHash(w.handle(), hash);
            if (raced.isPresent()) return new IngestResult(raced.get(), true, 0);
            long now = ledger.clock().nowMicros();
            String sourceId = Ids.next("doc");
            w.source(new Source(sourceId, meta.url() == null ? SourceKind.DOCUMENT : SourceKind.WEB, meta.fileName(), meta.publisher(),
                    meta.url(), meta.publishedOn(), hash, recordedBy, null, now));
            w.flush();
            store.insertText(w.handle(), sourceId, meta.mediaType() == null ? "text/plain" : meta.mediaType(), text);
            for (ClaimDraft c : claims) {
                String donorCode = c.donor() == null ? null : catalog.donors().resolve(c.donor()).map(Donor::code).orElse(null);
                String itemId = c.item() == null ? null : catalog.catalog().findIn(c.item()).map(CatalogItem::id).orElse(null);
                String claimId = Ids.next("cl");
                store.insertClaim(w.handle(), claimId, sourceId, c, donorCode, itemId, now);
                w.created(Subject.claim(claimId), "read in " + (meta.fileName() != null ? meta.fileName() : meta.url() != null ? meta.url() : sourceId),
                        now, recordedBy);
            }
            return new IngestResult(sourceId, false, claims.size());
        });
    }

    /** A claim with the recorded pledges it may repeat, most likely first, each with its reasons. */
    public record ClaimView(Claim claim, ClaimStore.Document document, List<DuplicatePolicy.Suggestion> duplicates) {
    }

    /**
     * A claim as {@code audience} may see it, with the recorded pledges it sees that the claim may repeat. Claims are read in
     * public texts; what a decision joined them to in the ledger is shown only as far as the audience may see it.
     */
    public ClaimView view(String claimId, Audience audience) {
        Claim c = visible(claim(claimId), audience);
        ClaimStore.Document doc = store.document(c.sourceId()).orElse(null);
        ClaimDraft d = c.draft();
        List<DuplicatePolicy.Suggestion> dup = c.donorCode() == null ? List.of()
                : DuplicatePolicy.suggest(c.donorCode(), c.itemId(), d.category(), d.quantity(), d.quantityMax(), cents(d.value()), d.currency(),
                        doc == null ? null : doc.publishedOn(), store.candidates(c.donorCode(), audience));
        return new ClaimView(c, doc, dup);
    }

    public List<Claim> queue(Boolean pending, int limit, Audience audience) {
        return store.claims(pending, null, limit).stream().map(c -> visible(c, audience)).toList();
    }

    /** One page of the queue, in the order the claims were read; {@code pending} null for all, false for the decided ones. */
    public List<Claim> queue(Boolean pending, int offset, int limit, Audience audience) {
        return store.claims(pending, Math.max(0, offset), limit).stream().map(c -> visible(c, audience)).toList();
    }

    /**
     * The claim as {@code audience} may see it: a decision that joined it to a pledge or posting the audience cannot see
     * does not name it. A claim attached to a hidden pledge reads as accepted into the pledge its words were recorded as
     * (for that audience the re-announcement is the package, as the reports count it); a delivery posted on a hidden
     * pledge line reads as accepted, naming nothing.
     */
    public Claim visible(Claim c, Audience audience) {
        Claim.Review r = c.review();
        if (r == null || audience.everything()) return c;
        String pledgeId = r.pledgeId() != null && store.pledgeVisible(r.pledgeId(), audience) ? r.pledgeId() : null;
        Long entryId = r.entryId() != null && store.entryVisible(r.entryId(), audience) ? r.entryId() : null;
        Claim.Review shown = r;
        if (r.decision() == Claim.Decision.ATTACHED) {
            String same = r.reason() != null && r.reason().startsWith(ATTACHED_TO) ? r.reason().substring(ATTACHED_TO.length()) : null;
            if (same == null || !store.pledgeVisible(same, audience)) {
                shown = new Claim.Review(Claim.Decision.ACCEPTED, null, pledgeId, null, null, r.recordedAt(), r.recordedBy());
            } else {
                shown = new Claim.Review(r.decision(), r.reason(), pledgeId, null, null, r.recordedAt(), r.recordedBy());
            }
        } else if (!java.util.Objects.equals(pledgeId, r.pledgeId()) || !java.util.Objects.equals(entryId, r.entryId())) {
            shown = new Claim.Review(r.decision(), r.reason(), pledgeId, entryId, r.observationId(), r.recordedAt(), r.recordedBy());
        }
        return shown == r ? c : new Claim(c.id(), c.version(), c.sourceId(), c.draft(), c.donorCode(), c.itemId(), c.recordedAt(), shown);
    }

    /** How an attachment's reason names the pledge the claim announces again. */
    public static final String ATTACHED_TO = "same package as ";

    public long count(Boolean pending) {
        return store.count(pending);
    }

    /** The pending claim a reviewer turns to after {@code claimId}: the next one read, else the first still waiting. */
    public Optional<String> nextPending(String claimId) {
        return store.nextPending(claimId);
    }

    /**
     * Accepts a claim as read, or as the reviewer corrected it ({@code edited}, null for none). A delivery is recorded
     * against {@code lineId} when given, else against a pledge made from the same claim.
     */
    public Claim accept(String claimId, ClaimDraft edited, String lineId, String recordedBy) {
        return accept(claimId, Expected.UNCHECKED, edited, lineId, recordedBy);
    }

    /** As {@link #accept(String, ClaimDraft, String, String)}, on the version of the claim the reviewer read. */
    public Claim accept(String claimId, Long claimVersion, ClaimDraft edited, String lineId, String recordedBy) {
        return accept(claimId, Expected.version(claimVersion), edited, lineId, recordedBy);
    }

    private Claim accept(String claimId, Expected claimVersion, ClaimDraft edited, String lineId, String recordedBy) {
        Claim c = pendingClaim(claimId, claimVersion);
        ClaimStore.Document doc = store.document(c.sourceId()).orElseThrow(() -> new NotFoundException("text of claim", claimId));
        ClaimDraft d = edited != null ? edited : c.draft();
        Validation v = new Validation();
        v.require(d.kind() != null && ClaimDraft.KINDS.contains(d.kind()), "kind", "'" + d.kind() + "' is not one of " + ClaimDraft.KINDS);
        v.require(d.evidence() != null && doc.body().contains(d.evidence()), "evidence", "must be words of the text the claim was read in");
        v.require(recordedBy != null && !recordedBy.isBlank(), "recordedBy", "a reviewer must say who they are");
        Qualifier qualifier = Qualifier.fromCode(d.qualifier());
        v.require(qualifier != null, "qualifier", "'" + d.qualifier() + "' is not a qualifier");
        v.require(d.value() == null || (d.currency() != null && d.currency().matches("[A-Z]{3}")), "currency",
                "'" + d.currency() + "' names no currency: give its ISO code (USD, EUR, AUD, ...)");
        v.require(d.value() == null || d.value().signum() >= 0, "value", "must not be negative");
        v.require(d.quantity() == null || d.quantity() >= 0, "quantity", "must not be negative");
        v.require(d.quantity() == null || d.quantity() <= Quantity.MAX, "quantity", "is too large (at most " + Quantity.MAX + ")");
        v.require(d.quantityMax() == null || (d.quantityMax() >= 0 && d.quantityMax() <= Quantity.MAX), "quantityMax",
                "must be from 0 to " + Quantity.MAX);
        v.require(d.value() == null || d.value().abs().compareTo(Money.MAX) <= 0, "value", "is too large (at most " + Money.MAX + ")");
        // checked here, before anything is written: a delivery posted without a number would leave its new pledge behind
        if ("delivery".equals(d.kind())) v.require(d.quantity() != null && d.quantity() > 0, "quantity", "a delivery needs the number delivered");
        v.throwIfInvalid();
        FuzzyDate on = doc.publishedOn() == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(doc.publishedOn());
        List<SourceRef> source = List.of(SourceRef.existing(c.sourceId(), d.evidence()));
        long now = ledger.clock().nowMicros();
        return ledger.write(w -> {
            w.expect(Subject.claim(claimId), claimVersion);
            return decide(claimId, acceptIn(w, claimId, c, doc, d, qualifier, on, source, lineId, now, recordedBy));
        });
    }

    private Claim.Review acceptIn(org.ramstein.storage.LedgerWriter w, String claimId, Claim c, ClaimStore.Document doc, ClaimDraft d,
                                  Qualifier qualifier, FuzzyDate on, List<SourceRef> source, String lineId, long now, String recordedBy) {
        Claim.Review review;
        if (d.kind().equals("aggregate")) {
            String observationId = "obs-" + claimId;
            String donorCode = d.donor() == null ? null : catalog.donors().resolve(d.donor()).map(Donor::code).orElse(null);
            String itemId = d.item() == null ? null : catalog.catalog().findIn(d.item()).map(CatalogItem::id).orElse(null);
            w.observation(new Observation(observationId, "text", c.sourceId(), null, null, donorCode, d.donor(), itemId, d.item(),
                    d.category(), Observation.AGGREGATE, quantity(d, qualifier), d.unit(), cents(d.value()), d.currency(), on, null,
                    doc.url(), d.evidence(), now));
            review = new Claim.Review(Claim.Decision.ACCEPTED, null, null, null, observationId, now, recordedBy);
        } else {
            String pledgeId = null;
            Long entryId = null;
            if (!d.kind().equals("delivery") || lineId == null) pledgeId = recordPledge(claimId, d, qualifier, on, source, recordedBy);
            if (d.kind().equals("delivery")) {
                String line = lineId != null ? lineId : pledgeId + "/1";
                entryId = ledgerService.recordEntry(new EntryDraft(EntryKind.DELIVERY, line, d.quantity(), null, on, null,
                        "from a reviewed claim", source, recordedBy));
            }
            review = new Claim.Review(Claim.Decision.ACCEPTED, null, pledgeId, entryId, null, now, recordedBy);
        }
        return review;
    }

    public Claim reject(String claimId, String reason, String recordedBy) {
        return reject(claimId, Expected.UNCHECKED, reason, recordedBy);
    }

    /** As {@link #reject(String, String, String)}, on the version of the claim the reviewer read. */
    public Claim reject(String claimId, Long claimVersion, String reason, String recordedBy) {
        return reject(claimId, Expected.version(claimVersion), reason, recordedBy);
    }

    private Claim reject(String claimId, Expected claimVersion, String reason, String recordedBy) {
        pendingClaim(claimId, claimVersion);
        Validation v = new Validation();
        v.require(reason != null && !reason.isBlank(), "reason", "a rejection must say why");
        v.require(recordedBy != null && !recordedBy.isBlank(), "recordedBy", "a reviewer must say who they are");
        v.throwIfInvalid();
        return ledger.write(w -> {
            w.expect(Subject.claim(claimId), claimVersion);
            return decide(claimId, new Claim.Review(Claim.Decision.REJECTED, reason.strip(), null, null, null, ledger.clock().nowMicros(), recordedBy));
        });
    }

    /**
     * The claim is a recorded pledge announced again: it is recorded as a pledge of its own (its figure may differ) and
     * marked the same as {@code pledgeId}, so totals count the package once while its words stay on record.
     */
    public Claim attach(String claimId, String pledgeId, String recordedBy) {
        return attach(claimId, Expected.UNCHECKED, pledgeId, recordedBy);
    }

    /** As {@link #attach(String, String, String)}, on the version of the claim the reviewer read. */
    public Claim attach(String claimId, Long claimVersion, String pledgeId, String recordedBy) {
        return attach(claimId, Expected.version(claimVersion), pledgeId, recordedBy);
    }

    private Claim attach(String claimId, Expected claimVersion, String pledgeId, String recordedBy) {
        Claim c = pendingClaim(claimId, claimVersion);
        ClaimStore.Document doc = store.document(c.sourceId()).orElseThrow(() -> new NotFoundException("text of claim", claimId));
        Validation v = new Validation();
        v.require(pledgeId != null && !pledgeId.isBlank(), "pledgeId", "is required: the pledge this claim announces again");
        v.require(recordedBy != null && !recordedBy.isBlank(), "recordedBy", "a reviewer must say who they are");
        if (pledgeId != null && !pledgeId.isBlank()) {
            // checked before the re-announcement is recorded, so a wrong id leaves nothing behind
            Optional<ClaimStore.PledgeRef> target = store.pledge(pledgeId.strip());
            v.require(target.isPresent(), "pledgeId", "no pledge '" + pledgeId.strip() + "' is recorded");
            target.filter(t -> t.sameAsId() != null).ifPresent(t -> v.add("pledgeId", "'" + t.id()
                    + "' is itself the same package as '" + t.sameAsId() + "': attach to that one"));
        }
        v.throwIfInvalid();
        String target = pledgeId.strip();
        ClaimDraft d = c.draft();
        FuzzyDate on = doc.publishedOn() == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(doc.publishedOn());
        return ledger.write(w -> {
            w.expect(Subject.claim(claimId), claimVersion);
            String again = recordPledge(claimId, d, Qualifier.fromCode(d.qualifier()), on, List.of(SourceRef.existing(c.sourceId(), d.evidence())),
                    recordedBy);
            ledgerService.markSameAs(again, target, "the same package announced again (reviewed claim " + claimId + ")", recordedBy);
            return decide(claimId, new Claim.Review(Claim.Decision.ATTACHED, ATTACHED_TO + target, again, null, null,
                    ledger.clock().nowMicros(), recordedBy));
        });
    }

    private String recordPledge(String claimId, ClaimDraft d, Qualifier qualifier, FuzzyDate on, List<SourceRef> source, String by) {
        boolean money = d.kind().equals("money") || (d.item() == null && d.value() != null);
        CatalogItem item = money || d.item() == null ? null : catalog.catalog().findIn(d.item()).orElse(null);
        Quantity q = money ? Quantity.UNSPECIFIED : quantity(d, qualifier);
        Money value = d.value() == null ? null : new Money(d.value(), d.currency());
        LineDraft line = new LineDraft(item == null ? null : item.id(), item == null ? d.item() : null,
                item == null ? (money ? "funding" : d.category()) : null, q, value, null);
        String title = d.evidence().length() > 120 ? d.evidence().substring(0, 117) + "..." : d.evidence();
        return ledgerService.recordPledge(new PledgeDraft("pl-" + claimId, d.donor(), AidType.MILITARY, title, on, null, Visibility.PUBLIC,
                List.of(line), source, by)).pledgeId();
    }

    private static Quantity quantity(ClaimDraft d, Qualifier qualifier) {
        if (d.quantity() == null) return Quantity.UNSPECIFIED;
        return new Quantity(d.quantity(), d.quantityMax(), qualifier == Qualifier.UNSPECIFIED ? Qualifier.EXACT : qualifier);
    }

    private Claim decide(String claimId, Claim.Review review) {
        return ledger.write(w -> {
            Claim now = store.claim(w.handle(), claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
            if (!now.pending()) throw alreadyDecided(now);
            store.insertReview(w.handle(), claimId, review);
            w.revise(Subject.claim(claimId), review.decision().code, summary(review), review.recordedAt(), review.recordedBy());
            return store.claim(w.handle(), claimId).orElseThrow().withVersion(w.version(Subject.claim(claimId)));
        });
    }

    /** A decision in a few words: what it recorded, or why it recorded nothing. */
    private static String summary(Claim.Review r) {
        return switch (r.decision()) {
            case REJECTED -> "rejected: " + r.reason();
            case ATTACHED -> "attached as the " + r.reason() + " (recorded as pledge " + r.pledgeId() + ")";
            case ACCEPTED -> "accepted: " + (r.observationId() != null ? "kept as observation " + r.observationId()
                    : r.entryId() != null ? "delivery recorded as entry #" + r.entryId() + (r.pledgeId() == null ? "" : " on pledge " + r.pledgeId())
                    : "recorded as pledge " + r.pledgeId());
        };
    }

    private Claim claim(String claimId) {
        return store.claim(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
    }

    /**
     * The claim, still pending. A reviewer who read an older version of it is told what changed (who decided it) before
     * anything else is checked; the check is made again inside the decision's transaction, which also refuses a decision
     * that names no version.
     */
    private Claim pendingClaim(String claimId, Expected claimVersion) {
        Claim c = claim(claimId);
        // a version that is not the claim's says so at once; none at all is refused after the input is checked
        if (claimVersion.version() != null) org.ramstein.storage.Revisions.check(ledger.database().jdbi(), Subject.claim(claimId), claimVersion);
        if (!c.pending()) throw alreadyDecided(c);
        return c;
    }

    private static ConflictException alreadyDecided(Claim c) {
        return new ConflictException("claim '" + c.id() + "' was already " + c.review().decision().code + " by " + c.review().recordedBy());
    }

    private static Long cents(BigDecimal value) {
        return value == null ? null : value.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
