package org.ramstein.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ramstein.access.domain.AccountRules;
import org.ramstein.access.domain.ApiToken;
import org.ramstein.access.domain.Principal;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.SignInThrottle;
import org.ramstein.access.domain.User;
import org.ramstein.common.AccessDeniedException;
import org.ramstein.common.ConflictException;
import org.ramstein.common.FieldError;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Micros;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and how people prove who they are: passwords (Argon2id), sign-in sessions (cookie plus a CSRF token) and
 * API tokens for scripts. Secrets are shown once and stored only as hashes. Failed sign-ins are recorded, slowed by
 * {@link SignInThrottle} and logged.
 */
public final class AccountService {
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final String TOKEN_PREFIX = "rst_";
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountService(AccountStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** A token as issued: the secret text is shown this once. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    /** A session as started by a sign-in: the cookie value and the CSRF token its forms carry. */
    public record SignedIn(String sessionId, String csrfToken, Principal principal, Instant expiresAt) {
    }

    /** What a session cookie stands for. */
    public record ActiveSession(Principal principal, String csrfToken) {
    }

    // ---------------------------------------------------------------- accounts

    public User addUser(String name, String displayName, Role role, String donorCode, String password, String createdBy) {
        String donor = donorCode == null || donorCode.isBlank() ? null : donorCode.trim().toUpperCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>(AccountRules.newUser(name, role, donor, password));
        if (donor != null && errors.stream().noneMatch(e -> e.field().equals("donor")) && !store.donorExists(donor)) {
            errors.add(new FieldError("donor", "'" + donorCode + "' is not a donor code in the ledger"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        if (!store.insertUser(name, displayName, role, donor, hasher.hash(password), now(), createdBy)) {
            throw new ConflictException("a user named '" + name + "' exists already");
        }
        return user(name);
    }

    public User user(String name) {
        return store.user(name, failuresSince()).map(AccountStore.StoredUser::user)
                .orElseThrow(() -> new NotFoundException("user", name));
    }

    public List<User> users() {
        return store.users(failuresSince());
    }

    /** Disables an account: its sessions end and its tokens stop working at once. */
    public User disable(String name) {
        user(name);
        store.disable(name, now());
        return user(name);
    }

    /** Changes a password after checking the current one; the user's other sessions end. */
    public void changePassword(String name, String currentPassword, String newPassword, String keepSessionId) {
        List<FieldError> errors = new ArrayList<>(AccountRules.password("newPassword", newPassword));
        AccountStore.StoredUser stored = store.user(name, failuresSince()).orElse(null);
        if (stored == null || stored.user().disabled() || !hasher.verify(currentPassword == null ? "" : currentPassword, stored.passwordHash())) {
            errors.add(0, new FieldError("currentPassword", "is not this account's password"));
        } else if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "is the same as the current password"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        store.setPassword(name, hasher.hash(newPassword), now(), keepSessionId == null ? null : digest(keepSessionId));
    }

    /** Sets a new password without the old one (an administrator's reset); all the user's sessions end. */
    public void resetPassword(String name, String newPassword) {
        user(name);
        List<FieldError> errors = AccountRules.password("password", newPassword);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        store.setPassword(name, hasher.hash(newPassword), now(), null);
    }

    // ---------------------------------------------------------------- API tokens

    public IssuedToken issueToken(String userName, String label) {
        User user = user(userName);
        if (user.disabled()) throw new ConflictException("user '" + userName + "' is disabled");
        String id = HexFormat.of().formatHex(randomBytes(8));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        store.insertToken(id, userName, digest(secret), label, now());
        ApiToken token = store.token(id).orElseThrow().token();
        return new IssuedToken(token, TOKEN_PREFIX + id + "_" + secret);
    }

    public ApiToken revokeToken(String id) {
        store.token(id).orElseThrow(() -> new NotFoundException("API token", id));
        store.revokeToken(id, now());
        return store.token(id).orElseThrow().token();
    }

    /** The tokens of one user, or of everybody when {@code userName} is null. */
    public List<ApiToken> tokens(String userName) {
        if (userName != null) user(userName);
        return store.tokens(userName);
    }

    /** The principal a presented token stands for; a malformed, unknown, revoked or disabled one is a 401. */
    public Principal authenticateToken(String presented) {
        AccessDeniedException invalid = AccessDeniedException.signInRequired("the API token is not valid (unknown, revoked, or its user is disabled)");
        if (presented == null || !presented.startsWith(TOKEN_PREFIX)) throw invalid;
        String rest = presented.substring(TOKEN_PREFIX.length());
        int cut = rest.indexOf('_');
        if (cut <= 0) throw invalid;
        AccountStore.StoredToken stored = store.token(rest.substring(0, cut)).orElseThrow(() -> invalid);
        if (stored.token().revoked() || !constantTimeEquals(stored.secretHash(), digest(rest.substring(cut + 1)))) throw invalid;
        User user = store.user(stored.token().userName(), failuresSince()).orElseThrow(() -> invalid).user();
        if (user.disabled()) throw invalid;
        long now = now();
        Instant lastUsed = stored.token().lastUsedAt();
        // one write a minute at most, so a busy script does not turn every read into a write
        if (lastUsed == null || Micros.of(lastUsed) < now - 60_000_000L) store.tokenUsed(stored.token().id(), now);
        return user.principal();
    }

    // ---------------------------------------------------------------- sessions

    /** Checks a password and starts a session; wrong credentials are a 401 that does not say which part was wrong. */
    public SignedIn signIn(String name, String password, String origin) {
        String userName = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        List<Instant> failures = store.failures(userName, Micros.of(now.minus(SignInThrottle.WINDOW))).stream().map(Micros::toInstant).toList();
        Duration wait = SignInThrottle.waitBeforeNextAttempt(failures, now);
        if (!wait.isZero()) {
            LOG.warn("sign-in for '{}' from {} refused: {} failed attempts in the last {} minutes", userName, origin, failures.size(),
                    SignInThrottle.WINDOW.toMinutes());
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw AccessDeniedException.tooManyAttempts("too many failed sign-ins for this account; try again in " + seconds + " s", seconds);
        }
        Optional<AccountStore.StoredUser> stored = store.user(userName, failuresSince());
        boolean ok = hasher.verify(password == null ? "" : password, stored.map(AccountStore.StoredUser::passwordHash).orElse(null));
        if (!ok || stored.get().user().disabled()) {
            store.recordFailure(userName, origin, Micros.of(now));
            LOG.warn("failed sign-in for '{}' from {} ({} in the last {} minutes)", userName, origin, failures.size() + 1,
                    SignInThrottle.WINDOW.toMinutes());
            throw AccessDeniedException.signInRequired("the user name or password is wrong, or the account is disabled");
        }
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
        Instant expires = now.plus(SESSION_LIFETIME);
        store.deleteExpiredSessions(Micros.of(now));
        store.insertSession(digest(sessionId), userName, csrf, origin, Micros.of(now), Micros.of(expires));
        return new SignedIn(sessionId, csrf, stored.get().user().principal(), expires);
    }

    /** The live session a cookie stands for, if any: expired sessions and disabled users have none. */
    public Optional<ActiveSession> session(String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) return Optional.empty();
        return store.session(digest(sessionId))
                .filter(s -> s.expiresAt() > now())
                .flatMap(s -> store.user(s.userName(), failuresSince())
                        .filter(u -> !u.user().disabled())
                        .map(u -> new ActiveSession(u.user().principal(), s.csrfToken())));
    }

    public void signOut(String sessionId) {
        if (sessionId != null && !sessionId.isBlank()) store.deleteSession(digest(sessionId));
    }

    // ---------------------------------------------------------------- helpers

    private long now() {
        return Micros.of(clock.instant());
    }

    private long failuresSince() {
        return Micros.of(clock.instant().minus(SignInThrottle.WINDOW));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
