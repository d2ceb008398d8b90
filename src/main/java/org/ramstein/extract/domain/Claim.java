package org.ramstein.extract.domain;

import java.math.BigDecimal;

/**
 * A claim a text states: who gives (donor; joint donors "A; B"), to whom, what kind (pledge, delivery, aggregate,
 * money), which system or class (item, category), how many (quantity, quantity_max for ranges, qualifier), what money
 * (value in units, currency code, or "$" when the text does not say which dollar), and the evidence: the exact text and
 * its character offsets {@code start}..{@code end} in the text read (for HTML and Markdown: the text after markup
 * removal). {@code rule} names the rule that found it, {@code confidence} how sure that rule is (0..1);
 * {@code quantityText} keeps vague amounts ("hundreds").
 */
public record Claim(String file, String donor, String recipient, String kind, String item, String category, Long quantity,
        Long quantityMax, String qualifier, BigDecimal value, String currency, String unit, String evidence, int start, int end,
        String rule, double confidence, String quantityText) {

    public static final String PLEDGE = "pledge";
    public static final String DELIVERY = "delivery";
    public static final String AGGREGATE = "aggregate";
    public static final String MONEY = "money";

    public Claim withFile(String f) {
        return new Claim(f, donor, recipient, kind, item, category, quantity, quantityMax, qualifier, value, currency, unit, evidence, start,
                end, rule, confidence, quantityText);
    }
}
