package org.ramstein.ledger.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FulfilmentState;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceKind;

/**
 * What the read side answers with: plain records, derived figures already computed (committed, allocated, delivered,
 * state), each fact with its citations. Shared by the HTTP API and the command line.
 */
public final class LedgerViews {
    private LedgerViews() {
    }

    /** One page of a list; {@code nextCursor} is null on the last page. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record DonorRef(String code, String name) {
    }

    public record ItemRef(String id, String name, String category) {
    }

    /** A source as cited by one fact: the source, and the exact words (or row) that support the figure. */
    public record Cited(String sourceId, SourceKind kind, String title, String publisher, String url, LocalDate publishedOn,
                        String quote, String locator) {
    }

    /** {@code version}: the line's, to send back with a posting or restatement against it. */
    public record LineView(String id, long version, int lineNo, ItemRef item, String itemText, String category, Quantity committed, Money value,
                           FundingRoute fundingRoute, long allocated, long delivered, FulfilmentState state) {
    }

    public record RetractionView(String reason, Instant recordedAt, String recordedBy) {
    }

    /** {@code history} is filled only when one pledge is read on its own. {@code version}: the pledge's own (its lines have theirs). */
    public record PledgeView(String id, long version, DonorRef donor, AidType aidType, String title, FuzzyDate announced, String meetingId,
                             Visibility visibility, Instant recordedAt, String recordedBy, boolean retracted, RetractionView retraction,
                             String sameAs, List<LineView> lines, List<Cited> sources, List<EntryView> history) {
    }

    /**
     * One posting. {@code correction} says what kind of correction it is, if any: "reversal" (cancels {@code reversesId}),
     * "restatement" (a later change of a line's committed figure).
     */
    public record EntryView(long id, long version, EntryKind kind, String pledgeId, String lineId, Integer lineNo, DonorRef donor, ItemRef item,
                            String category, Quantity quantity, Money amount, FuzzyDate happened, String route, String note,
                            Long reversesId, Long reversedBy, String correction, Instant recordedAt, String recordedBy, List<Cited> sources) {
    }

    public record StatusView(NeedStatus status, LocalDate changedOn, String note, Instant recordedAt, String recordedBy) {
    }

    public record NeedView(String id, long version, String capability, ItemRef item, String category, String description, Quantity quantity,
                           int priority, LocalDate neededBy, FuzzyDate stated, Visibility visibility, Instant recordedAt, String recordedBy,
                           NeedStatus status, List<StatusView> statusHistory, List<Cited> sources) {
    }

    public record PledgeSummary(String id, DonorRef donor, AidType aidType, String title, FuzzyDate announced) {
    }

    public record MeetingView(String id, LocalDate heldOn, String place, String title, String format, Instant recordedAt,
                              String recordedBy, List<PledgeSummary> pledges, List<Cited> sources) {
    }

    public record CitedBy(String subjectType, String subjectId, String quote, String locator, Instant recordedAt) {
    }

    public record SourceView(String id, SourceKind kind, String title, String publisher, String url, LocalDate publishedOn,
                             String enteredBy, String batchId, Instant recordedAt, List<CitedBy> citedBy) {
    }
}
