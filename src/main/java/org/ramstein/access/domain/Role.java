package org.ramstein.access.domain;

import java.util.Locale;

/** What a person does in the contact group's work; each role's rights are in {@link AccessPolicy}. */
public enum Role {
    ADMIN, COORDINATOR, DONOR_LIAISON, RECIPIENT_OFFICER, ANALYST, PUBLIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts "donor-liaison", "donor_liaison" or "DONOR_LIAISON". */
    public static Role fromCode(String code) {
        if (code == null) throw new IllegalArgumentException("a role is required");
        String normal = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(normal)) return r;
        }
        throw new IllegalArgumentException("'" + code + "' is not a role (admin, coordinator, donor-liaison, recipient-officer, analyst)");
    }
}
