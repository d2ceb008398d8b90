package org.ramstein.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.access.domain.Principal;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.SignInThrottle;
import org.ramstein.common.AccessDeniedException;
import org.ramstein.common.ConflictException;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.HandClock;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class AccountServiceTest {
    private static final String PW = "a long enough password";
    /** Cheap parameters: these tests are about the accounts, not the hash's cost. */
    private static final PasswordHasher HASHER = new PasswordHasher(1024, 1);

    private static AccountService accounts(App app, Clock clock) {
        return new AccountService(new JdbiAccountStore(app.database()), HASHER, clock);
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void newAccountsAreCheckedFieldByField(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            AccountService a = accounts(app, Clock.systemUTC());
            assertThatThrownBy(() -> a.addUser("Bad Name", null, Role.ANALYST, null, "short", "t"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .containsExactly("name", "password"));
            assertThatThrownBy(() -> a.addUser("lia", null, Role.DONOR_LIAISON, null, PW, "t"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("donor"));
            assertThatThrownBy(() -> a.addUser("lia", null, Role.DONOR_LIAISON, "XXZ", PW, "t"))
                    .hasMessageContaining("donor").isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> a.addUser("co", null, Role.COORDINATOR, "DEU", PW, "t")).isInstanceOf(ValidationException.class);
            var liaison = a.addUser("lia", "Liaison", Role.DONOR_LIAISON, "deu", PW, "t");
            assertThat(liaison.principal()).isEqualTo(new Principal("lia", Role.DONOR_LIAISON, "DEU"));
            assertThatThrownBy(() -> a.addUser("lia", null, Role.ANALYST, null, PW, "t")).isInstanceOf(ConflictException.class);
            String stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM app_user WHERE name = 'lia'")
                    .mapTo(String.class).one());
            assertThat(stored).startsWith("$argon2id$").doesNotContain(PW);
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void signInStartsASessionThatEndsOnSignOutExpiryOrDisabling(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            HandClock clock = new HandClock("2024-05-01T12:00:00Z");
            AccountService a = accounts(app, clock);
            a.addUser("ana", null, Role.ANALYST, null, PW, "t");
            assertThatThrownBy(() -> a.signIn("ana", "wrong password!", "10.0.0.1"))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.status()).isEqualTo(401));
            assertThatThrownBy(() -> a.signIn("nobody", PW, "10.0.0.1")).isInstanceOf(AccessDeniedException.class);
            var s = a.signIn("ana", PW, "10.0.0.1");
            assertThat(a.session(s.sessionId())).get().extracting(x -> x.principal().name()).isEqualTo("ana");
            assertThat(a.session(s.sessionId()).get().csrfToken()).isEqualTo(s.csrfToken()).hasSizeGreaterThan(20);
            assertThat(a.session("forged")).isEmpty();
            a.signOut(s.sessionId());
            assertThat(a.session(s.sessionId())).isEmpty();

            var later = a.signIn("ana", PW, "10.0.0.1");
            clock.now = clock.now.plus(AccountService.SESSION_LIFETIME).plusSeconds(1);
            assertThat(a.session(later.sessionId())).as("expired").isEmpty();

            var third = a.signIn("ana", PW, "10.0.0.1");
            a.disable("ana");
            assertThat(a.session(third.sessionId())).as("disabled").isEmpty();
            assertThatThrownBy(() -> a.signIn("ana", PW, "10.0.0.1")).isInstanceOf(AccessDeniedException.class);
            String ids = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id_hash), '') FROM user_session")
                    .mapTo(String.class).one());
            assertThat(ids).doesNotContain(third.sessionId());
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void repeatedFailuresAreSlowedEvenForTheRightPassword(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            HandClock clock = new HandClock("2024-05-01T12:00:00Z");
            AccountService a = accounts(app, clock);
            a.addUser("coord", null, Role.COORDINATOR, null, PW, "t");
            for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> a.signIn("coord", "guess " + System.nanoTime(), "10.0.0.9"))
                        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.status()).isEqualTo(401));
            }
            assertThatThrownBy(() -> a.signIn("coord", PW, "10.0.0.9"))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.retryAfterSeconds()).isPositive();
                    });
            assertThat(a.user("coord").recentFailedSignIns()).isEqualTo(SignInThrottle.FREE_FAILURES);
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            assertThat(a.signIn("coord", PW, "10.0.0.9").principal().role()).isEqualTo(Role.COORDINATOR);
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void tokensAreShownOnceStoredHashedAndStopWorkingWhenRevokedOrTheUserIsDisabled(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            AccountService a = accounts(app, Clock.systemUTC());
            a.addUser("bot", null, Role.COORDINATOR, null, PW, "t");
            a.addUser("bot2", null, Role.ANALYST, null, PW, "t");
            var t = a.issueToken("bot", "nightly import");
            assertThat(a.authenticateToken(t.secret())).isEqualTo(new Principal("bot", Role.COORDINATOR, null));
            String stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT secret_hash FROM api_token WHERE id = :id")
                    .bind("id", t.token().id()).mapTo(String.class).one());
            assertThat(t.secret()).doesNotContain(stored);
            assertThat(stored).doesNotContain(t.secret().substring(t.secret().lastIndexOf('_') + 1));
            String forged = t.secret().substring(0, t.secret().length() - 2) + "xx";
            for (String bad : new String[] {forged, "rst_", "rst_nope_secret", "Basic abc", ""}) {
                assertThatThrownBy(() -> a.authenticateToken(bad)).as(bad).isInstanceOf(AccessDeniedException.class);
            }
            a.revokeToken(t.token().id());
            assertThatThrownBy(() -> a.authenticateToken(t.secret())).isInstanceOf(AccessDeniedException.class);
            assertThat(a.tokens("bot")).singleElement().satisfies(x -> assertThat(x.revoked()).isTrue());

            var t2 = a.issueToken("bot2", null);
            assertThat(a.authenticateToken(t2.secret()).name()).isEqualTo("bot2");
            a.disable("bot2");
            assertThatThrownBy(() -> a.authenticateToken(t2.secret())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> a.issueToken("bot2", null)).isInstanceOf(ConflictException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aPasswordChangeNeedsTheCurrentOneAndEndsTheOtherSessions(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            AccountService a = accounts(app, Clock.systemUTC());
            a.addUser("off", null, Role.RECIPIENT_OFFICER, null, PW, "t");
            var here = a.signIn("off", PW, "a");
            var elsewhere = a.signIn("off", PW, "b");
            assertThatThrownBy(() -> a.changePassword("off", "not it at all", "another long password", here.sessionId()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("currentPassword"));
            assertThatThrownBy(() -> a.changePassword("off", PW, "short", here.sessionId()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("newPassword"));
            a.changePassword("off", PW, "another long password", here.sessionId());
            assertThat(a.session(here.sessionId())).isPresent();
            assertThat(a.session(elsewhere.sessionId())).isEmpty();
            assertThatThrownBy(() -> a.signIn("off", PW, "a")).isInstanceOf(AccessDeniedException.class);
            assertThat(a.signIn("off", "another long password", "a").principal().name()).isEqualTo("off");
        }
    }
}
