package org.ramstein.access.domain;

/** What a route or command requires of its caller. Every route declares exactly one. */
public enum Permission {
    /** Anyone, signed in or not (public entries only for the public). */
    READ_PUBLIC,
    /** Any signed-in user: internal lists such as the review queue. */
    READ_INTERNAL,
    /** Pledges, allocations, deliveries and their corrections; a donor liaison only for their own donor. */
    RECORD_PLEDGES,
    /** Ukraine's needs and their status. */
    RECORD_NEEDS,
    /** Contact-group meetings. */
    RECORD_MEETINGS,
    /** Deciding claims in the review queue. */
    REVIEW_CLAIMS,
    /** Loading dataset files. */
    IMPORT_DATA,
    /** Reading the audit trail. */
    READ_AUDIT,
    /** Accounts: add, disable, tokens of others. */
    MANAGE_USERS,
    /** One's own account: password, tokens, sign-out. */
    OWN_ACCOUNT
}
