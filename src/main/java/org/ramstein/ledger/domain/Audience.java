package org.ramstein.ledger.domain;

/**
 * Whose eyes a read is for: which restricted entries it may include. Public readers see public entries only; a donor's
 * liaison also sees that donor's restricted entries; every other signed-in role sees everything. Totals are computed
 * over the same rows a list shows, so no total reveals what the list hides.
 */
public record Audience(boolean everything, String ownDonor) {

    public static final Audience PUBLIC = new Audience(false, null);
    public static final Audience EVERYTHING = new Audience(true, null);

    public static Audience donor(String donorCode) {
        if (donorCode == null || donorCode.isBlank()) throw new IllegalArgumentException("a donor audience needs a donor code");
        return new Audience(false, donorCode);
    }

    /** Whether an entry of {@code donorCode} with {@code visibility} may be shown. */
    public boolean sees(Visibility visibility, String donorCode) {
        return everything || visibility == Visibility.PUBLIC || (ownDonor != null && ownDonor.equals(donorCode));
    }

    public boolean publicOnly() {
        return !everything && ownDonor == null;
    }
}
