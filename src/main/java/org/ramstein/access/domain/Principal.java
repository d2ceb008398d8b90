package org.ramstein.access.domain;

import org.ramstein.ledger.domain.Audience;

/** Who is asking: a signed-in user with a role (and, for a donor liaison, the donor), or the public. */
public record Principal(String name, Role role, String donorCode) {

    public static final Principal PUBLIC = new Principal(null, Role.PUBLIC, null);

    public Principal {
        if (role == null) throw new IllegalArgumentException("a principal has a role");
        if (role == Role.DONOR_LIAISON && (donorCode == null || donorCode.isBlank())) {
            throw new IllegalArgumentException("a donor liaison is bound to one donor");
        }
        if (role != Role.DONOR_LIAISON) donorCode = null;
    }

    public boolean signedIn() {
        return role != Role.PUBLIC;
    }

    public boolean may(Permission permission) {
        return AccessPolicy.allows(role, permission);
    }

    /** Whether this principal may record or correct entries of {@code donor}: coordinators any, liaisons their own. */
    public boolean mayActFor(String donor) {
        if (!may(Permission.RECORD_PLEDGES)) return false;
        return role != Role.DONOR_LIAISON || donorCode.equals(donor);
    }

    /** The entries this principal may read. */
    public Audience audience() {
        return switch (role) {
            case PUBLIC -> Audience.PUBLIC;
            case DONOR_LIAISON -> Audience.donor(donorCode);
            default -> Audience.EVERYTHING;
        };
    }

    /** The name written as "recorded by" / the actor of an audit record. */
    public String actor() {
        return name == null ? "public" : name;
    }
}
