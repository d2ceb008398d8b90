package org.ramstein.extract.domain;

import org.ramstein.catalog.ReferenceData;

/** Readings of small texts with the bundled catalogue and donor list, for the tests of single rule groups. */
final class Readings {
    private Readings() {
    }

    static final ItemLexicon ITEMS = new ItemLexicon(ReferenceData.bundledCatalog());
    static final DonorLexicon DONORS = new DonorLexicon(ReferenceData.bundledDonors());

    static Reading of(String text) {
        return new Reading("t.txt", text, ITEMS, DONORS);
    }

    /** The index of the first token spelled {@code word} (case-insensitive) at or after token {@code from}. */
    static int token(Reading r, String word, int from) {
        for (int i = from; i < r.tokens.size(); i++) if (r.tokens.get(i).norm().equals(word.toLowerCase())) return i;
        throw new IllegalArgumentException("no token " + word);
    }

    static int token(Reading r, String word) {
        return token(r, word, 0);
    }
}
