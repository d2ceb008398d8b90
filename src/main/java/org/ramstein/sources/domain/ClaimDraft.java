package org.ramstein.sources.domain;

import java.math.BigDecimal;

/**
 * One claim read in a text, in the corpus schema: who, what, how many (with its qualifier), what it is worth, and the
 * exact words that say so ({@code evidence}, at {@code start}..{@code end} of the text). Not yet a fact.
 */
public record ClaimDraft(
        String kind,
        String donor,
        String recipient,
        String item,
        String category,
        Long quantity,
        Long quantityMax,
        String qualifier,
        BigDecimal value,
        String currency,
        String unit,
        String evidence,
        Integer start,
        Integer end,
        String rule,
        Double confidence) {

    public static final java.util.List<String> KINDS = java.util.List.of("pledge", "delivery", "aggregate", "money");
}
