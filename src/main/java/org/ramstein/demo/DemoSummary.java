package org.ramstein.demo;

/**
 * What loading the demo dataset wrote. {@code alreadyLoaded} means the database held the whole dataset before, and
 * nothing was written (the counts are then the dataset's own).
 */
public record DemoSummary(
        boolean alreadyLoaded,
        int sources,
        int meetings,
        int pledges,
        int pledgeLines,
        int restatements,
        int deliveries,
        int allocations,
        int sameAsLinks,
        int needs,
        int needStatusChanges,
        int observations) {

    /** Ledger facts: meetings, pledges, restatements, deliveries, allocations, same-as links, needs and status changes. */
    public int facts() {
        return meetings + pledges + restatements + deliveries + allocations + sameAsLinks + needs + needStatusChanges;
    }

    /** One line for a person: "Demo data loaded: 25 pledges (58 lines), ...". */
    public String describe() {
        return (alreadyLoaded ? "Demo data already present: " : "Demo data loaded: ")
                + pledges + " pledges (" + pledgeLines + " lines), " + restatements + " restatements, " + deliveries + " deliveries, "
                + allocations + " allocations, " + sameAsLinks + " same-package links, " + meetings + " meetings, " + needs + " needs ("
                + needStatusChanges + " status changes), " + observations + " observations, from " + sources + " sources";
    }
}
