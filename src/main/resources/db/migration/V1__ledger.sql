-- One migration set for SQLite and PostgreSQL: portable types only.
-- ${identity} is the one placeholder: an auto-increment primary key in each dialect.
-- Dates that "happened" are ISO-8601 TEXT (yyyy-mm-dd, compared as text), with a precision column;
-- times "recorded" are BIGINT microseconds since the epoch, set by the system.
-- Money is an exact integer of hundredths (cents) plus an ISO 4217 code: never a float.
-- The ledger is append-only: no statement in the application updates or deletes a row of these tables.

CREATE TABLE donor (
    code        TEXT PRIMARY KEY,            -- ISO 3166-1 alpha-3 where the donor has one, else a short code (EUI, NATO)
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,               -- country | organisation | collective
    iso2        TEXT,
    aliases     TEXT NOT NULL DEFAULT ''     -- '|'-separated names and adjectives
);

CREATE TABLE catalog_item (
    id              TEXT PRIMARY KEY,        -- slug of the name
    name            TEXT NOT NULL,
    category        TEXT NOT NULL,
    coalition       TEXT,                    -- capability coalition of the contact group
    origin          TEXT,
    aliases         TEXT NOT NULL DEFAULT '',
    unit_price_eur  BIGINT,                  -- estimated unit price in EUR cents, where known
    verified        INTEGER NOT NULL DEFAULT 0,
    notes           TEXT
);

CREATE TABLE meeting (
    id           TEXT PRIMARY KEY,
    held_on      TEXT NOT NULL,
    place        TEXT NOT NULL,
    title        TEXT NOT NULL,
    format       TEXT NOT NULL,              -- udcg (Ukraine Defense Contact Group) | summit | other
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT
);

CREATE TABLE import_batch (
    id           TEXT PRIMARY KEY,
    format       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    row_count    INTEGER NOT NULL,
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT,
    UNIQUE (format, sha256)
);

CREATE TABLE source (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,             -- web | document | dataset | manual | general_knowledge
    title         TEXT,
    publisher     TEXT,
    url           TEXT,
    published_on  TEXT,
    content_hash  TEXT,
    entered_by    TEXT,
    batch_id      TEXT REFERENCES import_batch (id),
    recorded_at   BIGINT NOT NULL
);

-- A citation ties a source (with the exact quote, or the file row) to one ledger subject.
CREATE TABLE citation (
    id            ${identity},
    source_id     TEXT NOT NULL REFERENCES source (id),
    subject_type  TEXT NOT NULL,             -- pledge | line | entry | need | meeting | observation
    subject_id    TEXT NOT NULL,
    quote         TEXT,
    locator       TEXT,                      -- e.g. 'row 17' of a dataset file
    recorded_at   BIGINT NOT NULL
);
CREATE INDEX citation_subject ON citation (subject_type, subject_id);

CREATE TABLE pledge (
    id                   TEXT PRIMARY KEY,
    donor_code           TEXT NOT NULL REFERENCES donor (code),
    aid_type             TEXT NOT NULL,      -- military | financial | humanitarian
    title                TEXT,
    announced_on         TEXT,
    announced_precision  TEXT NOT NULL,      -- day | month | year | unknown
    meeting_id           TEXT REFERENCES meeting (id),
    visibility           TEXT NOT NULL DEFAULT 'public',
    supersedes_id        TEXT REFERENCES pledge (id),
    batch_id             TEXT REFERENCES import_batch (id),
    source_row           INTEGER,
    recorded_at          BIGINT NOT NULL,
    recorded_by          TEXT
);
CREATE INDEX pledge_donor ON pledge (donor_code, announced_on);

CREATE TABLE pledge_line (
    id              TEXT PRIMARY KEY,
    pledge_id       TEXT NOT NULL REFERENCES pledge (id),
    line_no         INTEGER NOT NULL,
    item_id         TEXT REFERENCES catalog_item (id),
    item_text       TEXT,
    category        TEXT NOT NULL,
    qualifier       TEXT NOT NULL,           -- exact | up_to | more_than | about | range | unspecified
    quantity        BIGINT,
    quantity_max    BIGINT,
    value_cents     BIGINT,
    value_currency  TEXT,
    funding_route   TEXT NOT NULL DEFAULT 'unknown', -- stocks | procurement | joint | unknown
    supersedes_id   TEXT REFERENCES pledge_line (id),
    batch_id        TEXT REFERENCES import_batch (id),
    source_row      INTEGER,
    recorded_at     BIGINT NOT NULL,
    recorded_by     TEXT
);
CREATE INDEX pledge_line_pledge ON pledge_line (pledge_id);

-- The postings: commitments, allocations and deliveries as signed deltas against a pledge line.
-- A correction is a reversing entry (reverses_id) plus, where needed, a new one; totals are plain sums.
-- Donor, item, category and aid type are copied from the line so that reports read one table.
CREATE TABLE ledger_entry (
    id                  ${identity},
    kind                TEXT NOT NULL,       -- commitment | allocation | delivery
    pledge_id           TEXT NOT NULL REFERENCES pledge (id),
    line_id             TEXT NOT NULL REFERENCES pledge_line (id),
    donor_code          TEXT NOT NULL,
    aid_type            TEXT NOT NULL,
    item_id             TEXT,
    category            TEXT NOT NULL,
    qualifier           TEXT NOT NULL,
    quantity            BIGINT,
    quantity_max        BIGINT,
    amount_cents        BIGINT,
    currency            TEXT,
    happened_on         TEXT,
    happened_precision  TEXT NOT NULL,
    route               TEXT,
    visibility          TEXT NOT NULL DEFAULT 'public',
    reverses_id         BIGINT,
    note                TEXT,
    batch_id            TEXT REFERENCES import_batch (id),
    source_row          INTEGER,
    recorded_at         BIGINT NOT NULL,
    recorded_by         TEXT
);
CREATE INDEX ledger_entry_totals ON ledger_entry (kind, donor_code, category, item_id, happened_on, recorded_at, quantity);
CREATE INDEX ledger_entry_line ON ledger_entry (line_id);
CREATE INDEX ledger_entry_pledge ON ledger_entry (pledge_id);

-- "The same package, announced again": totals count the pledge once, under same_as_id.
CREATE TABLE pledge_link (
    id           ${identity},
    pledge_id    TEXT NOT NULL REFERENCES pledge (id),
    same_as_id   TEXT NOT NULL REFERENCES pledge (id),
    reason       TEXT NOT NULL,
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT
);
CREATE INDEX pledge_link_pledge ON pledge_link (pledge_id);

CREATE TABLE retraction (
    id            ${identity},
    subject_type  TEXT NOT NULL,             -- pledge | need | meeting
    subject_id    TEXT NOT NULL,
    reason        TEXT NOT NULL,
    recorded_at   BIGINT NOT NULL,
    recorded_by   TEXT
);
CREATE INDEX retraction_subject ON retraction (subject_type, subject_id);

CREATE TABLE need (
    id                TEXT PRIMARY KEY,
    capability        TEXT NOT NULL,         -- capability coalition: air_defence, armour, artillery, ...
    item_id           TEXT REFERENCES catalog_item (id),
    category          TEXT,
    description       TEXT NOT NULL,
    qualifier         TEXT NOT NULL,
    quantity          BIGINT,
    quantity_max      BIGINT,
    priority          INTEGER NOT NULL,      -- 1 = most urgent
    needed_by         TEXT,
    stated_on         TEXT,
    stated_precision  TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'public',
    supersedes_id     TEXT REFERENCES need (id),
    recorded_at       BIGINT NOT NULL,
    recorded_by       TEXT
);

CREATE TABLE need_status (
    id           ${identity},
    need_id      TEXT NOT NULL REFERENCES need (id),
    status       TEXT NOT NULL,              -- open | partially_met | met | withdrawn
    changed_on   TEXT,
    note         TEXT,
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT
);
CREATE INDEX need_status_need ON need_status (need_id);

-- What one source says, kept as it said it; reconciliation lays these beside the ledger's facts.
CREATE TABLE observation (
    id                  TEXT PRIMARY KEY,
    dataset             TEXT NOT NULL,       -- kiel-items | oryx | sipri | pun | text
    source_id           TEXT REFERENCES source (id),
    batch_id            TEXT REFERENCES import_batch (id),
    source_row          INTEGER,
    donor_code          TEXT,
    donor_text          TEXT,
    item_id             TEXT,
    item_text           TEXT,
    category            TEXT,
    measure             TEXT NOT NULL,       -- pledged | delivered | ordered | aggregate | value
    qualifier           TEXT NOT NULL,
    quantity            BIGINT,
    quantity_max        BIGINT,
    unit                TEXT,
    amount_cents        BIGINT,
    currency            TEXT,
    observed_on         TEXT,
    observed_precision  TEXT NOT NULL,
    status_text         TEXT,
    url                 TEXT,
    quote               TEXT,
    recorded_at         BIGINT NOT NULL
);
CREATE INDEX observation_subject ON observation (donor_code, item_id);
