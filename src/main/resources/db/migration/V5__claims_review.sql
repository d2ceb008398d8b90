-- From news to ledger. An ingested text is a source (kind web or document) stored once by the hash of its content,
-- with its text kept beside it so every claim's evidence can be shown in place. Claims are what the extractor read in
-- it; nothing reaches the ledger until a reviewer decides. Decisions are appended, one per claim: accepted (with the
-- pledge, entry or observation it created), rejected (with the reason), or attached to an existing pledge as the same
-- package announced again.
CREATE INDEX source_content_hash ON source (content_hash);

CREATE TABLE document_text (
    source_id   TEXT PRIMARY KEY REFERENCES source (id),
    media_type  TEXT NOT NULL,          -- text/plain | text/markdown | text/html
    body        TEXT NOT NULL
);

CREATE TABLE claim (
    id             TEXT PRIMARY KEY,
    source_id      TEXT NOT NULL REFERENCES source (id),
    kind           TEXT NOT NULL,       -- pledge | delivery | aggregate | money
    donor          TEXT,                -- as the text names it
    donor_code     TEXT,                -- resolved, when it could be
    recipient      TEXT,
    item           TEXT,
    item_id        TEXT,
    category       TEXT,
    qualifier      TEXT NOT NULL,
    quantity       BIGINT,
    quantity_max   BIGINT,
    value_cents    BIGINT,
    currency       TEXT,
    unit           TEXT,
    evidence       TEXT NOT NULL,
    start_offset   INTEGER,
    end_offset     INTEGER,
    rule           TEXT,
    confidence     DOUBLE PRECISION,
    recorded_at    BIGINT NOT NULL
);
CREATE INDEX claim_source ON claim (source_id);

CREATE TABLE claim_review (
    id           ${identity},
    claim_id     TEXT NOT NULL UNIQUE REFERENCES claim (id),
    decision     TEXT NOT NULL,         -- accepted | rejected | attached
    reason       TEXT,
    pledge_id    TEXT,
    entry_id     BIGINT,
    observation_id TEXT,
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT NOT NULL
);
