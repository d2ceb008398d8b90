package org.ramstein.access;

import java.util.List;
import java.util.Optional;
import org.ramstein.access.domain.ApiToken;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.User;

/** Where accounts, tokens, sessions and failed sign-ins are kept. Times are epoch microseconds. */
public interface AccountStore {

    record StoredUser(User user, String passwordHash) {
    }

    record StoredToken(ApiToken token, String secretHash) {
    }

    record StoredSession(String userName, String csrfToken, long expiresAt) {
    }

    boolean donorExists(String code);

    /** False when the name is taken. */
    boolean insertUser(String name, String displayName, Role role, String donorCode, String passwordHash, long now, String createdBy);

    Optional<StoredUser> user(String name, long failuresSince);

    List<User> users(long failuresSince);

    /** Disables an account and ends its sessions, in one transaction. */
    void disable(String name, long now);

    /** Sets a password and ends the user's sessions except the one given (may be null), in one transaction. */
    void setPassword(String name, String passwordHash, long now, String keepSessionHash);

    void insertToken(String id, String userName, String secretHash, String label, long now);

    Optional<StoredToken> token(String id);

    void tokenUsed(String id, long now);

    void revokeToken(String id, long now);

    List<ApiToken> tokens(String userName);

    void insertSession(String idHash, String userName, String csrfToken, String origin, long now, long expiresAt);

    Optional<StoredSession> session(String idHash);

    void deleteSession(String idHash);

    void deleteExpiredSessions(long now);

    void recordFailure(String userName, String origin, long now);

    List<Long> failures(String userName, long since);
}
