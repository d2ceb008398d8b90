package org.ramstein.extract.domain;

/** A claim being built, with what the de-duplication needs. */
final class Draft {
    Claim claim;
    String itemKey;
    String donorKey;
    boolean title;
    boolean weak;
    /** The donor was not named near the claim but taken from the paragraph or the text. */
    boolean guessedDonor;
    int order;
}
