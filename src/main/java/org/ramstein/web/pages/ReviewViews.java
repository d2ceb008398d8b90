package org.ramstein.web.pages;

import java.util.List;

/** What the review pages draw: the queue of claims, one claim with its text, its likely duplicates and the decision forms. */
public final class ReviewViews {
    private ReviewViews() {
    }

    /** The queue: status filters (plain links with their counts), one page of claims, and what the last decision did. */
    public record Queue(View view, String status, List<Filter> filters, List<Card> claims, Pager pager, Outcome notice, String empty) {
    }

    public record Filter(String label, String href, boolean current, long count) {
    }

    /**
     * One claim as a reviewer first sees it: what was read (kind, donor, item, quantity with its qualifier, value with its
     * currency), its evidence inside its sentence, the text's source, the extractor's rule and confidence, and its status.
     */
    public record Card(String id, String href, String kind, String kindLabel, String title, Fact donor, Fact item, String quantity, String value, String unit,
                       Excerpt context, SourceLine source, String rule, String confidence, String read, boolean pending, Outcome outcome) {
    }

    /** A value as shown, with a link (null for none) and a note beside it ("as written: “US”"). */
    public record Fact(String text, String href, String note) {
    }

    /** The text's source: its title (or file name), publisher, date, address, and its own provenance page. */
    public record SourceLine(String title, String publisher, String publishedOn, String url, String href) {
    }

    /** What a decision did, in words, who decided and when, with links to what it created or joined. */
    public record Outcome(String decision, String text, String by, List<Block.Link> links) {
    }

    /** A recorded pledge the claim may repeat, linked to its sources panel, with the reasons it is offered. */
    public record Duplicate(String pledgeId, String title, String summary, String href, int score, List<String> reasons) {
    }

    /**
     * One claim's page: the claim, its whole text with the evidence highlighted, its likely duplicates, and the three
     * decision forms (accept, reject, attach), or, once decided, what the decision did. {@code conflict}: a decision
     * refused because the claim was already decided; {@code notice}: what the previous claim's decision did.
     */
    public record ClaimPage(View view, Card claim, Excerpt text, String mediaType, List<Duplicate> duplicates, String duplicatesNote,
                            EntryForm accept, EntryForm reject, EntryForm attach, Outcome notice, String conflict, List<Block.Link> others,
                            String queueHref, String nextHref) {

        /** Whether a field of one of the forms was refused (the page then opens at the forms). */
        public boolean refused() {
            return !accept.errors().isEmpty() || !accept.otherErrors().isEmpty() || !reject.errors().isEmpty() || !reject.otherErrors().isEmpty()
                    || !attach.errors().isEmpty() || !attach.otherErrors().isEmpty();
        }

        public boolean chosen(String pledgeId) {
            return pledgeId.equals(attach.value("pledgeId"));
        }
    }
}
