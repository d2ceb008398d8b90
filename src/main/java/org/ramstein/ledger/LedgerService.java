package org.ramstein.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ConflictException;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.Validation;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Capabilities;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.Meeting;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Need;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.NeedStatusChange;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.PledgeLine;
import org.ramstein.ledger.domain.PledgeLink;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Retraction;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.ledger.events.EntryRecorded;
import org.ramstein.ledger.events.EntryReversed;
import org.ramstein.ledger.events.LedgerEvent;
import org.ramstein.ledger.events.LedgerEvents;
import org.ramstein.ledger.events.MeetingRecorded;
import org.ramstein.ledger.events.NeedStated;
import org.ramstein.ledger.events.PledgeAnnounced;
import org.ramstein.ledger.events.PledgeMarkedSameAs;
import org.ramstein.ledger.events.PledgeRetracted;
import org.ramstein.revisions.domain.Expected;
import org.ramstein.revisions.domain.Subject;
import org.ramstein.sources.SourceWrites;
import org.ramstein.sources.domain.Citation;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.Ids;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.LedgerWriter;

/**
 * The ledger's write side: every command is validated as a whole (all bad fields named at once), written in one
 * transaction, and announced as an event after commit. Nothing here updates or deletes a row.
 *
 * <p>A command that changes something already recorded (a line's postings, an entry, a pledge, a need) takes the version of
 * it its caller read: a change made on an older version is refused with what changed since, and one made on none is
 * refused too. The overloads without a version act on the ledger as it stands, for callers that read nothing a person
 * saw (dataset loaders, the demo data, a step of a larger command).
 */
public final class LedgerService {
    private final Ledger ledger;
    private final CatalogService catalog;
    private final LedgerEvents events;

    public LedgerService(Ledger ledger, CatalogService catalog, LedgerEvents events) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.events = events;
    }

    public record PledgeRecorded(String pledgeId, List<String> lineIds) {
    }

    /** Every bad field of a draft, without writing anything (lets a caller merge its own parse errors with these). */
    public List<org.ramstein.common.FieldError> problems(PledgeDraft draft) {
        Validation v = new Validation();
        validatePledge(v, draft);
        return v.errors();
    }

    public PledgeRecorded recordPledge(PledgeDraft draft) {
        Validation v = new Validation();
        List<CatalogItem> items = validatePledge(v, draft);
        v.throwIfInvalid();
        Optional<Donor> donor = catalog.donors().resolve(draft.donor());

        List<LedgerEvent> out = new ArrayList<>();
        PledgeRecorded recorded = ledger.write(w -> {
            Handle h = w.handle();
            if (draft.meetingId() != null && !exists(h, "meeting", draft.meetingId())) {
                throw new org.ramstein.common.ValidationException("meetingId", "'" + draft.meetingId() + "' is not a recorded meeting");
            }
            String pledgeId = draft.id() != null ? draft.id() : Ids.next("pl");
            if (exists(h, "pledge", pledgeId)) throw new ConflictException("a pledge with id '" + pledgeId + "' is already recorded");
            long now = ledger.clock().nowMicros();
            Visibility visibility = draft.visibility() == null ? Visibility.PUBLIC : draft.visibility();
            Pledge pledge = new Pledge(pledgeId, donor.get().code(), draft.aidType(), draft.title(), draft.announced(),
                    draft.meetingId(), visibility, null, null, null, now, draft.recordedBy());
            w.pledge(pledge);
            List<String> lineIds = new ArrayList<>();
            for (int i = 0; i < draft.lines().size(); i++) {
                LineDraft d = draft.lines().get(i);
                CatalogItem item = items.get(i);
                String lineId = pledgeId + "/" + (i + 1);
                String category = item != null ? item.category() : d.category();
                PledgeLine line = new PledgeLine(lineId, pledgeId, i + 1, item == null ? null : item.id(), d.itemText(), category,
                        d.quantity(), d.value(), d.fundingRoute() == null ? FundingRoute.UNKNOWN : d.fundingRoute(), null, null, null, now,
                        draft.recordedBy());
                w.line(line);
                w.entry(new LedgerEntry(null, EntryKind.COMMITMENT, pledgeId, lineId, pledge.donorCode(), pledge.aidType(),
                        line.itemId(), category, d.quantity(), d.value() == null ? null : d.value().cents(),
                        d.value() == null ? null : d.value().currency(), draft.announced(), null, visibility, null, null, null, null,
                        now, draft.recordedBy()));
                lineIds.add(lineId);
            }
            SourceWrites.cite(w, draft.sources(), Citation.PLEDGE, pledgeId, draft.recordedBy(), now);
            out.add(new PledgeAnnounced(pledgeId, pledge.donorCode(), lineIds, now));
            return new PledgeRecorded(pledgeId, lineIds);
        });
        ledger.afterCommit(() -> events.publish(out));
        return recorded;
    }

    private List<CatalogItem> validatePledge(Validation v, PledgeDraft draft) {
        Optional<Donor> donor = catalog.donors().resolve(draft.donor());
        v.require(donor.isPresent(), "donor", draft.donor() == null || draft.donor().isBlank() ? "is required"
                : "'" + draft.donor() + "' is not a known donor (use a code such as DEU or a name such as Germany)");
        v.require(draft.aidType() != null, "aidType", "is required (military, financial, humanitarian)");
        v.require(draft.announced() != null, "announced", "is required (a date, or precision 'unknown')");
        v.require(draft.lines() != null && !draft.lines().isEmpty(), "lines", "a pledge needs at least one line");
        List<CatalogItem> items = new ArrayList<>();
        if (draft.lines() != null) {
            for (int i = 0; i < draft.lines().size(); i++) items.add(validateLine(v, "lines[" + i + "].", draft.lines().get(i)));
        }
        validateSources(v, draft.sources(), draft.recordedBy());
        if (draft.id() != null) v.require(draft.id().matches("[A-Za-z0-9._:-]{1,80}"), "id", "may hold letters, digits and . _ : - (80 at most)");
        return items;
    }

    private CatalogItem validateLine(Validation v, String prefix, LineDraft d) {
        if (d == null) {
            v.add(prefix.substring(0, prefix.length() - 1), "is empty");
            return null;
        }
        CatalogItem item = null;
        if (d.item() != null && !d.item().isBlank()) {
            item = catalog.catalog().resolve(d.item()).orElse(null);
            v.require(item != null, prefix + "item", "'" + d.item() + "' is not in the catalogue (give a catalogue id or alias, or leave it empty and give a category)");
        } else {
            v.require(d.category() != null && !d.category().isBlank(), prefix + "category", "is required when no catalogue item is given");
        }
        // a category is a key of the running totals: a code, not a text
        if (d.category() != null) v.require(d.category().length() <= 80, prefix + "category", "is a code of at most 80 characters (such as ammunition_artillery)");
        if (d.quantity() == null) {
            v.add(prefix + "quantity", "is required (qualifier 'unspecified' when the source gives no number)");
        } else {
            v.addAll(prefix + "quantity.", d.quantity().problems());
            v.addAll(prefix + "quantity.", d.quantity().beyondLimit());
        }
        if (d.value() != null) v.require(d.value().amount().signum() >= 0, prefix + "value.amount", "must not be negative");
        if (d.value() != null) v.require(d.value().withinLimit(), prefix + "value.amount", "is too large (at most " + Money.MAX + ")");
        return item;
    }

    private static void validateSources(Validation v, List<SourceRef> sources, String recordedBy) {
        if (sources == null || sources.isEmpty()) {
            v.add("sources", "at least one source is required (a URL or document with its quote, or a manual entry naming who entered it)");
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            if (s == null) {
                v.add("sources[" + i + "]", "is empty");
            } else {
                v.addAll("sources[" + i + "].", s.problems(recordedBy));
            }
        }
    }

    /** Records an allocation or a delivery against a pledge line; returns the entry's id. */
    public long recordEntry(EntryDraft draft) {
        return recordEntry(draft, Expected.UNCHECKED);
    }

    /** As {@link #recordEntry(EntryDraft)}, on the version of the line its caller read. */
    public long recordEntry(EntryDraft draft, Long lineVersion) {
        return recordEntry(draft, Expected.version(lineVersion));
    }

    private long recordEntry(EntryDraft draft, Expected lineVersion) {
        validateEntry(draft);
        List<LedgerEvent> out = new ArrayList<>();
        long id = ledger.write(w -> recordEntryIn(w, draft, lineVersion, out));
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    private static void validateEntry(EntryDraft draft) {
        Validation v = new Validation();
        v.require(draft.kind() == EntryKind.ALLOCATION || draft.kind() == EntryKind.DELIVERY, "kind", "must be allocation or delivery");
        v.require(draft.lineId() != null && !draft.lineId().isBlank(), "lineId", "is required");
        v.require(draft.quantity() != null || draft.amount() != null, "quantity", "a quantity or an amount is required");
        if (draft.quantity() != null) v.require(draft.quantity() > 0, "quantity", "must be positive (a correction is a reversal, not a negative entry)");
        if (draft.quantity() != null) v.require(draft.quantity() <= Quantity.MAX, "quantity", "is too large (at most " + Quantity.MAX + ")");
        if (draft.amount() != null) v.require(draft.amount().amount().signum() > 0, "amount.amount", "must be positive");
        if (draft.amount() != null) v.require(draft.amount().withinLimit(), "amount.amount", "is too large (at most " + Money.MAX + ")");
        v.require(draft.happened() != null, "happened", "is required (a date, or precision 'unknown')");
        validateSources(v, draft.sources(), draft.recordedBy());
        v.throwIfInvalid();
    }

    private long recordEntryIn(LedgerWriter w, EntryDraft draft, Expected lineVersion, List<LedgerEvent> out) {
        LineFacts line = lineFacts(w.handle(), draft.lineId());
        w.expect(Subject.line(draft.lineId()), lineVersion);
        long now = ledger.clock().nowMicros();
        LedgerEntry entry = new LedgerEntry(null, draft.kind(), line.pledgeId, draft.lineId(), line.donorCode, line.aidType,
                line.itemId, line.category, draft.quantity() == null ? Quantity.UNSPECIFIED : Quantity.exact(draft.quantity()),
                draft.amount() == null ? null : draft.amount().cents(), draft.amount() == null ? null : draft.amount().currency(),
                draft.happened(), draft.route(), line.visibility, null, draft.note(), null, null, now, draft.recordedBy());
        long entryId = w.entryReturningId(entry);
        SourceWrites.cite(w, draft.sources(), Citation.ENTRY, String.valueOf(entryId), draft.recordedBy(), now);
        w.revise(Subject.line(draft.lineId()), draft.kind().code(), draft.kind().code() + " of " + figure(entry) + " recorded as entry #" + entryId
                + happened(draft.happened()), now, draft.recordedBy());
        out.add(new EntryRecorded(entryId, draft.kind(), draft.lineId(), line.donorCode, draft.quantity(), now));
        return entryId;
    }

    /** Cancels an entry with a reversing one, dated as the original; returns the reversal's id. */
    public long reverseEntry(long entryId, String reason, String recordedBy) {
        return reverseEntry(entryId, Expected.UNCHECKED, reason, recordedBy);
    }

    /** As {@link #reverseEntry(long, String, String)}, on the version of the entry its caller read. */
    public long reverseEntry(long entryId, Long entryVersion, String reason, String recordedBy) {
        return reverseEntry(entryId, Expected.version(entryVersion), reason, recordedBy);
    }

    private long reverseEntry(long entryId, Expected entryVersion, String reason, String recordedBy) {
        requireReason(reason);
        List<LedgerEvent> out = new ArrayList<>();
        long id = ledger.write(w -> reverseIn(w, entryId, entryVersion, reason, recordedBy, out));
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    private long reverseIn(LedgerWriter w, long entryId, Expected entryVersion, String reason, String recordedBy, List<LedgerEvent> out) {
        LedgerEntry original = entry(w.handle(), entryId);
        w.expect(Subject.entry(entryId), entryVersion);
        if (original.reversesId() != null) throw new ConflictException("entry " + entryId + " is itself a reversal; record the entry again instead");
        Long already = w.handle().createQuery("SELECT id FROM ledger_entry WHERE reverses_id = :id").bind("id", entryId)
                .mapTo(Long.class).findFirst().orElse(null);
        if (already != null) throw new ConflictException("entry " + entryId + " was already reversed by entry " + already);
        long now = ledger.clock().nowMicros();
        long reversalId = w.entryReturningId(original.reversal(reason, now, recordedBy));
        w.revise(Subject.entry(entryId), "reversal", "reversed by entry #" + reversalId + ": " + reason, now, recordedBy);
        w.revise(Subject.line(original.lineId()), "reversal", original.kind().code() + " #" + entryId + " of " + figure(original)
                + " reversed by entry #" + reversalId + ": " + reason, now, recordedBy);
        out.add(new EntryReversed(entryId, reversalId, reason, now));
        return reversalId;
    }

    /** Replaces an entry's figure: reverses it and records the corrected one, both or neither. Returns the new entry's id. */
    public long correctEntry(long entryId, EntryDraft corrected, String reason) {
        return correctEntry(entryId, Expected.UNCHECKED, corrected, reason);
    }

    /** As {@link #correctEntry(long, EntryDraft, String)}, on the version of the entry its caller read. */
    public long correctEntry(long entryId, Long entryVersion, EntryDraft corrected, String reason) {
        return correctEntry(entryId, Expected.version(entryVersion), corrected, reason);
    }

    private long correctEntry(long entryId, Expected entryVersion, EntryDraft corrected, String reason) {
        requireReason(reason);
        validateEntry(corrected);
        List<LedgerEvent> out = new ArrayList<>();
        long id = ledger.write(w -> {
            reverseIn(w, entryId, entryVersion, reason, corrected.recordedBy(), out);
            return recordEntryIn(w, corrected, Expected.UNCHECKED, out);
        });
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    private static void requireReason(String reason) {
        new Validation().require(reason != null && !reason.isBlank(), "reason", "a correction must say why").throwIfInvalid();
    }

    /**
     * Restates a line's committed quantity or value ("up to 40" became 40, or 14 became 18): reverses the standing
     * commitment postings and posts the new statement, with its qualifier; the old statement stays in history.
     */
    public long restateCommitment(String lineId, Quantity quantity, org.ramstein.ledger.domain.Money value, String reason,
                                  List<SourceRef> sources, String recordedBy) {
        return restateCommitment(lineId, Expected.UNCHECKED, quantity, value, reason, sources, recordedBy);
    }

    /** As {@link #restateCommitment(String, Quantity, org.ramstein.ledger.domain.Money, String, List, String)}, on the line's version its caller read. */
    public long restateCommitment(String lineId, Long lineVersion, Quantity quantity, org.ramstein.ledger.domain.Money value, String reason,
                                  List<SourceRef> sources, String recordedBy) {
        return restateCommitment(lineId, Expected.version(lineVersion), quantity, value, reason, sources, recordedBy);
    }

    private long restateCommitment(String lineId, Expected lineVersion, Quantity quantity, org.ramstein.ledger.domain.Money value, String reason,
                                   List<SourceRef> sources, String recordedBy) {
        Validation v = new Validation();
        v.require(reason != null && !reason.isBlank(), "reason", "a correction must say why");
        if (quantity == null) v.add("quantity", "is required");
        else v.addAll("quantity.", quantity.problems());
        if (quantity != null) v.addAll("quantity.", quantity.beyondLimit());
        if (value != null) v.require(value.withinLimit(), "value.amount", "is too large (at most " + Money.MAX + ")");
        validateSources(v, sources, recordedBy);
        v.throwIfInvalid();
        List<LedgerEvent> out = new ArrayList<>();
        long id = ledger.write(w -> {
            Handle h = w.handle();
            LineFacts line = lineFacts(h, lineId);
            w.expect(Subject.line(lineId), lineVersion);
            // Reverse the line's standing commitment postings and post the restated figure in full: sums land on the new
            // figure, the old statement stays in history, and counts of lines by qualifier move with the line.
            List<LedgerEntry> standing = h.createQuery("SELECT * FROM ledger_entry e WHERE line_id = :l AND kind = 'commitment' "
                            + "AND reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) ORDER BY id")
                    .bind("l", lineId).map(EntryMapper.INSTANCE).list();
            long now = ledger.clock().nowMicros();
            Long keptAmount = null;
            String keptCurrency = null;
            for (LedgerEntry e : standing) {
                w.entry(e.reversal("restated: " + reason, now, recordedBy));
                // found unreversed, so at version 1: a reversal of it committed meanwhile takes the same next version
                w.basedOn(Subject.entry(e.id()), 1);
                w.revise(Subject.entry(e.id()), "reversal", "reversed by the restatement of its line: " + reason, now, recordedBy);
                if (e.amountCents() != null) {
                    keptAmount = (keptAmount == null ? 0 : keptAmount) + e.amountCents();
                    keptCurrency = e.currency();
                }
            }
            FuzzyDate announced = pledgeAnnounced(h, line.pledgeId);
            // a restatement of the quantity alone keeps the line's stated value
            Long amount = value != null ? Long.valueOf(value.cents()) : keptAmount;
            String currency = value != null ? value.currency() : keptCurrency;
            LedgerEntry adjustment = new LedgerEntry(null, EntryKind.COMMITMENT, line.pledgeId, lineId, line.donorCode, line.aidType,
                    line.itemId, line.category, quantity, amount, currency, announced, null, line.visibility, null, reason, null, null,
                    now, recordedBy);
            long entryId = w.entryReturningId(adjustment);
            SourceWrites.cite(w, sources, Citation.ENTRY, String.valueOf(entryId), recordedBy, now);
            w.revise(Subject.line(lineId), "restatement", "commitment restated as " + figure(adjustment) + " (entry #" + entryId + "): " + reason,
                    now, recordedBy);
            out.add(new EntryRecorded(entryId, EntryKind.COMMITMENT, lineId, line.donorCode, quantity.value(), now));
            return entryId;
        });
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    /** Withdraws a pledge: every posting on it is reversed, and the pledge is marked retracted. */
    public void retractPledge(String pledgeId, String reason, String recordedBy) {
        retractPledge(pledgeId, Expected.UNCHECKED, reason, recordedBy);
    }

    /** As {@link #retractPledge(String, String, String)}, on the version of the pledge its caller read. */
    public void retractPledge(String pledgeId, Long pledgeVersion, String reason, String recordedBy) {
        retractPledge(pledgeId, Expected.version(pledgeVersion), reason, recordedBy);
    }

    private void retractPledge(String pledgeId, Expected pledgeVersion, String reason, String recordedBy) {
        new Validation().require(reason != null && !reason.isBlank(), "reason", "a retraction must say why").throwIfInvalid();
        List<LedgerEvent> out = new ArrayList<>();
        ledger.write(w -> {
            Handle h = w.handle();
            if (!exists(h, "pledge", pledgeId)) throw new NotFoundException("pledge", pledgeId);
            w.expect(Subject.pledge(pledgeId), pledgeVersion);
            if (h.createQuery("SELECT COUNT(*) FROM retraction WHERE subject_type = 'pledge' AND subject_id = :id").bind("id", pledgeId)
                    .mapTo(Integer.class).one() > 0) {
                throw new ConflictException("pledge '" + pledgeId + "' is already retracted");
            }
            long now = ledger.clock().nowMicros();
            // the lines' versions before their postings: a posting recorded after this read changes a line read here
            List<String> lineIds = h.createQuery("SELECT id FROM pledge_line WHERE pledge_id = :p ORDER BY line_no").bind("p", pledgeId)
                    .mapTo(String.class).list();
            for (String lineId : lineIds) w.expect(Subject.line(lineId), Expected.UNCHECKED);
            List<LedgerEntry> open = h.createQuery("SELECT * FROM ledger_entry e WHERE pledge_id = :p AND reverses_id IS NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id)")
                    .bind("p", pledgeId).map(EntryMapper.INSTANCE).list();
            for (LedgerEntry e : open) {
                w.entry(e.reversal("pledge retracted: " + reason, now, recordedBy));
                w.basedOn(Subject.entry(e.id()), 1);
                w.revise(Subject.entry(e.id()), "reversal", "reversed by the retraction of its pledge: " + reason, now, recordedBy);
            }
            w.retraction(new Retraction(null, "pledge", pledgeId, reason, now, recordedBy));
            w.revise(Subject.pledge(pledgeId), "retraction", "retracted: " + reason, now, recordedBy);
            for (String lineId : lineIds) w.revise(Subject.line(lineId), "retraction", "its pledge was retracted: " + reason, now, recordedBy);
            out.add(new PledgeRetracted(pledgeId, reason, now));
            return null;
        });
        ledger.afterCommit(() -> events.publish(out));
    }

    /** Marks a pledge as a re-announcement of another: totals count the package once, under {@code sameAsId}. */
    public void markSameAs(String pledgeId, String sameAsId, String reason, String recordedBy) {
        markSameAs(pledgeId, Expected.UNCHECKED, sameAsId, reason, recordedBy);
    }

    /** As {@link #markSameAs(String, String, String, String)}, on the version of {@code pledgeId} its caller read. */
    public void markSameAs(String pledgeId, Long pledgeVersion, String sameAsId, String reason, String recordedBy) {
        markSameAs(pledgeId, Expected.version(pledgeVersion), sameAsId, reason, recordedBy);
    }

    private void markSameAs(String pledgeId, Expected pledgeVersion, String sameAsId, String reason, String recordedBy) {
        Validation v = new Validation();
        v.require(reason != null && !reason.isBlank(), "reason", "say why these are the same package");
        v.require(pledgeId != null && !pledgeId.equals(sameAsId), "sameAsId", "a pledge cannot be the same as itself");
        v.throwIfInvalid();
        List<LedgerEvent> out = new ArrayList<>();
        ledger.write(w -> {
            Handle h = w.handle();
            if (!exists(h, "pledge", pledgeId)) throw new NotFoundException("pledge", pledgeId);
            if (!exists(h, "pledge", sameAsId)) throw new NotFoundException("pledge", sameAsId);
            w.expect(Subject.pledge(pledgeId), pledgeVersion);
            // the package counted once is read before its links: a link made to or from it meanwhile changes it
            w.expect(Subject.pledge(sameAsId), Expected.UNCHECKED);
            // one level only: the canonical pledge must not itself be a duplicate, so "counted once" stays one hop
            String canonical = h.createQuery("SELECT same_as_id FROM pledge_link WHERE pledge_id = :p").bind("p", sameAsId)
                    .mapTo(String.class).findFirst().orElse(null);
            if (canonical != null) {
                throw new org.ramstein.common.ValidationException("sameAsId", "'" + sameAsId + "' is itself marked the same as '"
                        + canonical + "'; link to that one");
            }
            if (h.createQuery("SELECT COUNT(*) FROM pledge_link WHERE pledge_id = :p OR same_as_id = :p").bind("p", pledgeId)
                    .mapTo(Integer.class).one() > 0) {
                throw new ConflictException("pledge '" + pledgeId + "' is already linked as the same as another package");
            }
            long now = ledger.clock().nowMicros();
            w.link(new PledgeLink(null, pledgeId, sameAsId, reason, now, recordedBy));
            // the package counted once changes too: a link made to it at the same time as it is linked elsewhere must fail
            w.revise(Subject.pledge(pledgeId), "same-as", "marked the same package as pledge " + sameAsId + ": " + reason, now, recordedBy);
            w.revise(Subject.pledge(sameAsId), "same-as", "pledge " + pledgeId + " marked the same package as this one: " + reason, now, recordedBy);
            out.add(new PledgeMarkedSameAs(pledgeId, sameAsId, reason, now));
            return null;
        });
        ledger.afterCommit(() -> events.publish(out));
    }

    public String recordNeed(NeedDraft d) {
        Validation v = new Validation();
        v.require(Capabilities.isKnown(d.capability()), "capability", "must be one of " + String.join(", ", Capabilities.ALL));
        v.require(d.description() != null && !d.description().isBlank(), "description", "is required");
        v.require(d.priority() != null && d.priority() >= 1 && d.priority() <= 5, "priority", "must be 1 (most urgent) to 5");
        CatalogItem item = null;
        if (d.item() != null && !d.item().isBlank()) {
            item = catalog.catalog().resolve(d.item()).orElse(null);
            v.require(item != null, "item", "'" + d.item() + "' is not in the catalogue");
        }
        if (d.quantity() == null) v.add("quantity", "is required (qualifier 'unspecified' when no number is stated)");
        else v.addAll("quantity.", d.quantity().problems());
        if (d.quantity() != null) v.addAll("quantity.", d.quantity().beyondLimit());
        validateSources(v, d.sources(), d.recordedBy());
        v.throwIfInvalid();
        CatalogItem resolved = item;
        List<LedgerEvent> out = new ArrayList<>();
        String id = ledger.write(w -> {
            String needId = d.id() != null ? d.id() : Ids.next("nd");
            if (exists(w.handle(), "need", needId)) throw new ConflictException("a need with id '" + needId + "' is already recorded");
            long now = ledger.clock().nowMicros();
            w.need(new Need(needId, d.capability(), resolved == null ? null : resolved.id(),
                    resolved != null ? resolved.category() : d.category(), d.description(), d.quantity(), d.priority(), d.neededBy(),
                    d.stated() == null ? FuzzyDate.UNKNOWN : d.stated(), d.visibility() == null ? Visibility.PUBLIC : d.visibility(),
                    null, now, d.recordedBy()));
            w.needStatus(new NeedStatusChange(null, needId, NeedStatus.OPEN, d.stated() == null ? null : d.stated().date(), "stated", now, d.recordedBy()));
            SourceWrites.cite(w, d.sources(), Citation.NEED, needId, d.recordedBy(), now);
            out.add(new NeedStated(needId, d.capability(), now));
            return needId;
        });
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    public void changeNeedStatus(String needId, NeedStatus status, java.time.LocalDate changedOn, String note, String recordedBy) {
        changeNeedStatus(needId, Expected.UNCHECKED, status, changedOn, note, recordedBy);
    }

    /** As {@link #changeNeedStatus(String, NeedStatus, java.time.LocalDate, String, String)}, on the need's version its caller read. */
    public void changeNeedStatus(String needId, Long needVersion, NeedStatus status, java.time.LocalDate changedOn, String note, String recordedBy) {
        changeNeedStatus(needId, Expected.version(needVersion), status, changedOn, note, recordedBy);
    }

    private void changeNeedStatus(String needId, Expected needVersion, NeedStatus status, java.time.LocalDate changedOn, String note,
                                  String recordedBy) {
        new Validation().require(status != null, "status", "must be one of open, partially_met, met, withdrawn").throwIfInvalid();
        ledger.write(w -> {
            if (!exists(w.handle(), "need", needId)) throw new NotFoundException("need", needId);
            w.expect(Subject.need(needId), needVersion);
            long now = ledger.clock().nowMicros();
            w.needStatus(new NeedStatusChange(null, needId, status, changedOn, note, now, recordedBy));
            w.revise(Subject.need(needId), "status", "status " + status.code() + (changedOn == null ? "" : " on " + changedOn)
                    + (note == null || note.isBlank() ? "" : ": " + note), now, recordedBy);
            return null;
        });
    }

    public String recordMeeting(MeetingDraft d) {
        Validation v = new Validation();
        v.require(d.heldOn() != null, "heldOn", "is required");
        v.require(d.place() != null && !d.place().isBlank(), "place", "is required");
        v.require(d.title() != null && !d.title().isBlank(), "title", "is required");
        if (d.sources() != null && !d.sources().isEmpty()) validateSources(v, d.sources(), d.recordedBy());
        if (d.id() != null) v.require(d.id().matches("[A-Za-z0-9._:-]{1,80}"), "id", "may hold letters, digits and . _ : - (80 at most)");
        v.throwIfInvalid();
        List<LedgerEvent> out = new ArrayList<>();
        String id = ledger.write(w -> {
            String meetingId = d.id() != null ? d.id() : Ids.next("mt");
            if (exists(w.handle(), "meeting", meetingId)) throw new ConflictException("a meeting with id '" + meetingId + "' is already recorded");
            long now = ledger.clock().nowMicros();
            w.meeting(new Meeting(meetingId, d.heldOn(), d.place(), d.title(), d.format() == null ? "udcg" : d.format(), now, d.recordedBy()));
            if (d.sources() != null) SourceWrites.cite(w, d.sources(), Citation.MEETING, meetingId, d.recordedBy(), now);
            out.add(new MeetingRecorded(meetingId, now));
            return meetingId;
        });
        ledger.afterCommit(() -> events.publish(out));
        return id;
    }

    /** A posting's figure in words: "20", "up to 40", "EUR 250000000.00", "20 (EUR 1000.00)". */
    private static String figure(LedgerEntry e) {
        String q = e.quantity() == null || e.quantity().value() == null ? null : e.quantity().display();
        String m = e.amountCents() == null ? null
                : e.currency() + " " + java.math.BigDecimal.valueOf(e.amountCents(), 2).toPlainString();
        if (q == null) return m == null ? "an unspecified quantity" : m;
        return m == null ? q : q + " (" + m + ")";
    }

    private static String happened(FuzzyDate d) {
        return d == null || d.isoDate() == null ? "" : ", happened " + d.display();
    }

    private record LineFacts(String pledgeId, String donorCode, AidType aidType, String itemId, String category, Visibility visibility) {
    }

    private static LineFacts lineFacts(Handle h, String lineId) {
        return h.createQuery("SELECT l.pledge_id, p.donor_code, p.aid_type, l.item_id, l.category, p.visibility "
                        + "FROM pledge_line l JOIN pledge p ON p.id = l.pledge_id WHERE l.id = :id")
                .bind("id", lineId)
                .map((rs, ctx) -> new LineFacts(rs.getString(1), rs.getString(2), AidType.fromCode(rs.getString(3)), rs.getString(4),
                        rs.getString(5), Visibility.fromCode(rs.getString(6))))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pledge line", lineId));
    }

    private static FuzzyDate pledgeAnnounced(Handle h, String pledgeId) {
        return h.createQuery("SELECT announced_on, announced_precision FROM pledge WHERE id = :id").bind("id", pledgeId)
                .map((rs, ctx) -> FuzzyDate.of(rs.getString(1), rs.getString(2))).one();
    }

    private static LedgerEntry entry(Handle h, long id) {
        return h.createQuery("SELECT * FROM ledger_entry WHERE id = :id").bind("id", id).map(EntryMapper.INSTANCE).findFirst()
                .orElseThrow(() -> new NotFoundException("ledger entry", String.valueOf(id)));
    }

    private static boolean exists(Handle h, String table, String id) {
        return h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }


    // ---------------------------------------------------------------- whose entries a write concerns (for access checks)

    /** The donor code a name, adjective or code stands for; empty when the ledger knows no such donor. */
    public Optional<String> donorNamed(String nameOrCode) {
        return nameOrCode == null ? Optional.empty() : catalog.donors().resolve(nameOrCode).map(Donor::code);
    }

    public Optional<String> donorOfPledge(String pledgeId) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT donor_code FROM pledge WHERE id = :id")
                .bind("id", pledgeId).mapTo(String.class).findFirst());
    }

    public Optional<String> donorOfLine(String lineId) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT p.donor_code FROM pledge_line l JOIN pledge p ON p.id = l.pledge_id WHERE l.id = :id")
                .bind("id", lineId).mapTo(String.class).findFirst());
    }

    public Optional<String> donorOfEntry(long entryId) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT donor_code FROM ledger_entry WHERE id = :id")
                .bind("id", entryId).mapTo(String.class).findFirst());
    }
}
