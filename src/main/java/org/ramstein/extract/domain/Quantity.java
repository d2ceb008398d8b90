package org.ramstein.extract.domain;

/** What stands before a name: its number, qualifier, donor adjective, determiner. */
final class Quantity {
    Long value;
    Long max;
    String qualifier = QualifierRules.UNSPECIFIED;
    String vague;
    int from;
    boolean weak; // "a", "an", "the first": one, but a weak reading
    boolean definite;
    boolean whole; // "its entire artillery", "all of its carriers": all the donor has, uncounted
    boolean referring; // "the", "more", "remaining", "first batch of": speaks of something named before
    boolean generic; // "Western-made", "Soviet", "NATO-standard": a kind of equipment
    Long part; // "one of the two systems": the part (1) of the whole counted (2)
    int partFrom;
    String partQualifier;
    boolean partWeak;
    boolean wholeOwned; // "28 of its 54 tanks": the whole is what the donor has, only the part is given
    boolean possession; // "has 100 Marders", "how many of its howitzers": what someone has, or a question
    boolean foreign;
    boolean none; // a count of zero: nothing given
    byte npKind = Cues.NONE;
    String unit;
    DonorLexicon.Mention donor;

    boolean counted() {
        return value != null;
    }
}
