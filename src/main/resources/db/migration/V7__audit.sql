-- The audit trail: every write, as a command — who (actor and role), from where (client address, or "cli"), when, what
-- (action, the entity it names, the payload with secrets redacted) and how it ended (the outcome, failures included).
-- Records are numbered 1, 2, 3 … by the application, never by an identity column, so a missing number is a deleted
-- record. Each record holds the previous record's hash and its own: SHA-256 over an unambiguous encoding of all its
-- fields and the previous hash (see org.ramstein.audit.domain.AuditChain). Nothing in the application updates or deletes
-- an audit record.
CREATE TABLE audit_record (
    seq          BIGINT PRIMARY KEY,       -- 1, 2, 3 … without gaps
    recorded_at  BIGINT NOT NULL,          -- microseconds since the epoch, never before the previous record's
    actor        TEXT NOT NULL,            -- a user name, "public", or "cli:<os user>"
    role         TEXT NOT NULL,            -- the actor's role code, or "cli"
    origin       TEXT NOT NULL,            -- client IP address, or "cli"
    action       TEXT NOT NULL,            -- "POST /api/v1/pledges", "import kiel-activities"
    entity_type  TEXT,                     -- pledge | entry | need | meeting | claim | import …, where known
    entity_id    TEXT,
    payload      TEXT,                     -- JSON, capped in size, secret fields redacted
    outcome      TEXT NOT NULL,            -- "201 Created", "400 Invalid input: donor: …"
    prev_hash    TEXT NOT NULL,            -- hex SHA-256 of the previous record (64 zeros before record 1)
    hash         TEXT NOT NULL             -- hex SHA-256 of this record
);
CREATE INDEX audit_record_actor ON audit_record (actor, seq);
CREATE INDEX audit_record_entity ON audit_record (entity_type, entity_id, seq);
CREATE INDEX audit_record_recorded_at ON audit_record (recorded_at, seq);

-- The head of the chain: one row, updated in the same transaction as each append. Updating it first locks it (a row
-- lock on PostgreSQL, the database's write lock on SQLite), so appends are serialised and the chain never forks; and it
-- still names the last record and its hash when the end of the trail is deleted, so a truncated tail is detected.
CREATE TABLE audit_head (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    seq          BIGINT NOT NULL,
    hash         TEXT NOT NULL,
    recorded_at  BIGINT NOT NULL
);
INSERT INTO audit_head (id, seq, hash, recorded_at) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
