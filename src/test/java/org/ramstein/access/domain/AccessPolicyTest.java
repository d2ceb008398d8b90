package org.ramstein.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Visibility;

class AccessPolicyTest {

    @Test
    void theAnalystReadsEverythingAndWritesNothing() {
        Principal analyst = new Principal("a", Role.ANALYST, null);
        assertThat(analyst.audience()).isEqualTo(Audience.EVERYTHING);
        for (Permission p : Permission.values()) {
            boolean write = switch (p) {
                case READ_PUBLIC, READ_INTERNAL, OWN_ACCOUNT -> false;
                default -> true;
            };
            assertThat(analyst.may(p)).as(p.name()).isEqualTo(!write);
        }
    }

    @Test
    void aLiaisonActsForTheirOwnDonorOnlyAndSeesOnlyTheirOwnRestrictedEntries() {
        Principal liaison = new Principal("l", Role.DONOR_LIAISON, "DEU");
        assertThat(liaison.mayActFor("DEU")).isTrue();
        assertThat(liaison.mayActFor("FRA")).isFalse();
        assertThat(liaison.audience().sees(Visibility.RESTRICTED, "DEU")).isTrue();
        assertThat(liaison.audience().sees(Visibility.RESTRICTED, "FRA")).isFalse();
        assertThat(liaison.audience().sees(Visibility.PUBLIC, "FRA")).isTrue();
        assertThatThrownBy(() -> new Principal("l", Role.DONOR_LIAISON, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coordinatorsActForAnyDonorTheOthersForNone() {
        assertThat(new Principal("c", Role.COORDINATOR, null).mayActFor("FRA")).isTrue();
        for (Role r : new Role[] {Role.ADMIN, Role.RECIPIENT_OFFICER, Role.ANALYST, Role.PUBLIC}) {
            assertThat(new Principal(r == Role.PUBLIC ? null : "x", r, null).mayActFor("DEU")).as(r.name()).isFalse();
        }
    }

    @Test
    void thePublicReadsPublicEntriesOnly() {
        assertThat(Principal.PUBLIC.signedIn()).isFalse();
        assertThat(Principal.PUBLIC.audience().sees(Visibility.RESTRICTED, "DEU")).isFalse();
        assertThat(Principal.PUBLIC.audience().publicOnly()).isTrue();
        for (Permission p : Permission.values()) assertThat(Principal.PUBLIC.may(p)).as(p.name()).isEqualTo(p == Permission.READ_PUBLIC);
    }

    @Test
    void rolesAreReadFromTheirCodes() {
        assertThat(Role.fromCode("donor-liaison")).isEqualTo(Role.DONOR_LIAISON);
        assertThat(Role.fromCode(" Recipient_Officer ")).isEqualTo(Role.RECIPIENT_OFFICER);
        assertThatThrownBy(() -> Role.fromCode("king")).hasMessageContaining("'king' is not a role");
    }
}
