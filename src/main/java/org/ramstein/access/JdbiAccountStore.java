package org.ramstein.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.ramstein.access.domain.ApiToken;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.User;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.storage.CommitWitness;
import org.ramstein.storage.Database;

public final class JdbiAccountStore implements AccountStore {
    private static final String USER_COLUMNS = "u.name, u.display_name, u.role, u.donor_code, u.password_hash, u.created_at, u.created_by, "
            + "u.disabled_at, (SELECT COUNT(*) FROM sign_in_failure f WHERE f.user_name = u.name AND f.failed_at > :since) AS failures";

    private final Database database;
    private final Jdbi jdbi;

    public JdbiAccountStore(Database database) {
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /** A change to accounts made by a command: one transaction, its audit record written with it. */
    private void command(java.util.function.Consumer<Handle> work, String type, String id, String what) {
        database.writeTransaction(h -> {
            work.accept(h);
            return null;
        }, done -> List.of(new CommitWitness.Written(type, id, 0, what)));
    }

    @Override
    public boolean donorExists(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM donor WHERE code = :code").bind("code", code)
                .mapTo(Integer.class).one() > 0);
    }

    @Override
    public boolean insertUser(String name, String displayName, Role role, String donorCode, String passwordHash, long now, String createdBy) {
        return database.writeTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM app_user WHERE name = :name").bind("name", name).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("INSERT INTO app_user (name, display_name, role, donor_code, password_hash, password_changed_at, created_at, created_by) "
                            + "VALUES (:name, :display, :role, :donor, :hash, :now, :now, :by)")
                    .bind("name", name).bind("display", displayName).bind("role", role.code()).bind("donor", donorCode)
                    .bind("hash", passwordHash).bind("now", now).bind("by", createdBy).execute();
            return true;
        }, added -> added ? List.of(new CommitWitness.Written("user", name, 0, "added as " + role.code())) : List.of());
    }

    @Override
    public Optional<StoredUser> user(String name, long failuresSince) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.name = :name")
                .bind("name", name).bind("since", failuresSince)
                .map((rs, ctx) -> new StoredUser(user(rs), rs.getString("password_hash"))).findOne());
    }

    @Override
    public List<User> users(long failuresSince) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM app_user u ORDER BY u.name")
                .bind("since", failuresSince).map((rs, ctx) -> user(rs)).list());
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("name"), rs.getString("display_name"), Role.fromCode(rs.getString("role")),
                rs.getString("donor_code"), Micros.toInstant(rs.getLong("created_at")), rs.getString("created_by"),
                instant(rs, "disabled_at"), rs.getInt("failures"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Micros.toInstant(v);
    }

    @Override
    public void disable(String name, long now) {
        command(h -> {
            h.createUpdate("UPDATE app_user SET disabled_at = :now WHERE name = :name AND disabled_at IS NULL").bind("now", now).bind("name", name).execute();
            deleteSessions(h, name, null);
        }, "user", name, "disabled, sessions ended");
    }

    @Override
    public void setPassword(String name, String passwordHash, long now, String keepSessionHash) {
        command(h -> {
            h.createUpdate("UPDATE app_user SET password_hash = :hash, password_changed_at = :now WHERE name = :name")
                    .bind("hash", passwordHash).bind("now", now).bind("name", name).execute();
            deleteSessions(h, name, keepSessionHash);
        }, "user", name, keepSessionHash == null ? "password set, sessions ended" : "password changed, other sessions ended");
    }

    @Override
    public void insertToken(String id, String userName, String secretHash, String label, long now) {
        command(h -> h.createUpdate("INSERT INTO api_token (id, user_name, secret_hash, label, created_at) "
                        + "VALUES (:id, :user, :hash, :label, :now)")
                .bind("id", id).bind("user", userName).bind("hash", secretHash).bind("label", label).bind("now", now).execute(),
                "token", id, "issued for " + userName);
    }

    @Override
    public Optional<StoredToken> token(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, user_name, secret_hash, label, created_at, revoked_at, last_used_at "
                        + "FROM api_token WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new StoredToken(token(rs), rs.getString("secret_hash"))).findOne());
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("user_name"), rs.getString("label"),
                Micros.toInstant(rs.getLong("created_at")), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    @Override
    public void tokenUsed(String id, long now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE api_token SET last_used_at = :now WHERE id = :id").bind("now", now).bind("id", id).execute());
    }

    @Override
    public void revokeToken(String id, long now) {
        command(h -> h.createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now).bind("id", id).execute(), "token", id, "revoked");
    }

    @Override
    public List<ApiToken> tokens(String userName) {
        String where = userName == null ? "" : "WHERE user_name = :user ";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT id, user_name, secret_hash, label, created_at, revoked_at, last_used_at FROM api_token " + where
                    + "ORDER BY created_at, id");
            if (userName != null) q.bind("user", userName);
            return q.map((rs, ctx) -> token(rs)).list();
        });
    }

    @Override
    public void insertSession(String idHash, String userName, String csrfToken, String origin, long now, long expiresAt) {
        command(h -> h.createUpdate("INSERT INTO user_session (id_hash, user_name, csrf_token, origin, created_at, expires_at) "
                        + "VALUES (:id, :user, :csrf, :origin, :now, :expires)")
                .bind("id", idHash).bind("user", userName).bind("csrf", csrfToken).bind("origin", origin).bind("now", now)
                .bind("expires", expiresAt).execute(), "session", userName, "signed in");
    }

    @Override
    public Optional<StoredSession> session(String idHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_name, csrf_token, expires_at FROM user_session WHERE id_hash = :id")
                .bind("id", idHash)
                .map((rs, ctx) -> new StoredSession(rs.getString("user_name"), rs.getString("csrf_token"), rs.getLong("expires_at")))
                .findOne());
    }

    @Override
    public void deleteSession(String idHash) {
        database.writeTransaction(h -> {
            String user = h.createQuery("SELECT user_name FROM user_session WHERE id_hash = :id").bind("id", idHash).mapTo(String.class).findOne().orElse(null);
            h.createUpdate("DELETE FROM user_session WHERE id_hash = :id").bind("id", idHash).execute();
            return user;
        }, user -> user == null ? List.of() : List.of(new CommitWitness.Written("session", user, 0, "signed out")));
    }

    private static void deleteSessions(Handle h, String userName, String exceptIdHash) {
        String except = exceptIdHash == null ? "" : " AND id_hash <> :except";
        var u = h.createUpdate("DELETE FROM user_session WHERE user_name = :user" + except).bind("user", userName);
        if (exceptIdHash != null) u.bind("except", exceptIdHash);
        u.execute();
    }

    @Override
    public void deleteExpiredSessions(long now) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_session WHERE expires_at < :now").bind("now", now).execute());
    }

    @Override
    public void recordFailure(String userName, String origin, long now) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sign_in_failure (user_name, origin, failed_at) VALUES (:user, :origin, :now)")
                .bind("user", userName).bind("origin", origin).bind("now", now).execute());
    }

    @Override
    public List<Long> failures(String userName, long since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT failed_at FROM sign_in_failure WHERE user_name = :user AND failed_at > :since "
                + "ORDER BY failed_at").bind("user", userName).bind("since", since).mapTo(Long.class).list());
    }
}
