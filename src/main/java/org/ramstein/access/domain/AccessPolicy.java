package org.ramstein.access.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The rights of each role, in one table; donor scope is checked separately by {@link Principal#mayActFor}. */
public final class AccessPolicy {
    private static final Set<Permission> SIGNED_IN = EnumSet.of(Permission.READ_PUBLIC, Permission.READ_INTERNAL, Permission.OWN_ACCOUNT);

    private static final Map<Role, Set<Permission>> RIGHTS = Map.of(
            Role.ADMIN, with(Permission.MANAGE_USERS, Permission.READ_AUDIT),
            Role.COORDINATOR, with(Permission.RECORD_PLEDGES, Permission.RECORD_NEEDS, Permission.RECORD_MEETINGS,
                    Permission.REVIEW_CLAIMS, Permission.IMPORT_DATA, Permission.READ_AUDIT),
            Role.DONOR_LIAISON, with(Permission.RECORD_PLEDGES),
            Role.RECIPIENT_OFFICER, with(Permission.RECORD_NEEDS),
            Role.ANALYST, with(),
            Role.PUBLIC, EnumSet.of(Permission.READ_PUBLIC));

    private AccessPolicy() {
    }

    private static Set<Permission> with(Permission... more) {
        Set<Permission> s = EnumSet.copyOf(SIGNED_IN);
        s.addAll(Set.of(more));
        return s;
    }

    public static boolean allows(Role role, Permission permission) {
        return RIGHTS.get(role).contains(permission);
    }
}
