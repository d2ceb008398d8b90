-- Accounts, API tokens, sign-in sessions and failed sign-ins.
-- Unlike the ledger these are mutable: a disabled user or a revoked token is marked, a session ends.
-- Secrets are never stored: passwords as Argon2id hashes, tokens and session ids as SHA-256 digests.

CREATE TABLE app_user (
    name                 TEXT PRIMARY KEY,
    display_name         TEXT,
    role                 TEXT NOT NULL,       -- admin | coordinator | donor-liaison | recipient-officer | analyst
    donor_code           TEXT REFERENCES donor (code),  -- the one donor of a donor liaison
    password_hash        TEXT NOT NULL,
    password_changed_at  BIGINT NOT NULL,
    disabled_at          BIGINT,
    created_at           BIGINT NOT NULL,
    created_by           TEXT
);

CREATE TABLE api_token (
    id            TEXT PRIMARY KEY,           -- the public half of the token, shown in listings
    user_name     TEXT NOT NULL REFERENCES app_user (name),
    secret_hash   TEXT NOT NULL,
    label         TEXT,
    created_at    BIGINT NOT NULL,
    revoked_at    BIGINT,
    last_used_at  BIGINT
);
CREATE INDEX api_token_user ON api_token (user_name);

CREATE TABLE user_session (
    id_hash       TEXT PRIMARY KEY,
    user_name     TEXT NOT NULL REFERENCES app_user (name),
    csrf_token    TEXT NOT NULL,
    origin        TEXT,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_name);

CREATE TABLE sign_in_failure (
    id          ${identity},
    user_name   TEXT NOT NULL,
    origin      TEXT,
    failed_at   BIGINT NOT NULL
);
CREATE INDEX sign_in_failure_user ON sign_in_failure (user_name, failed_at);
