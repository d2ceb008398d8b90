-- Running totals of the postings, kept beside the ledger so that the fulfilment report reads a few thousand subtotals
-- instead of every posting. They are a projection, not a record: each is the sum of ledger_entry rows that share its
-- key, written in the same transaction as those rows (storage/PostingTotals), and can be rebuilt from ledger_entry at
-- any time. The ledger itself stays append-only; only these sums are updated.
--
-- The two clocks stay answerable: postings are summed by the month they happened in and the UTC day they were
-- recorded on, so a question "as of 2024-06-30, known at T" takes whole months before June and whole days before T's
-- day from here, and reads only the postings of June 2024 and of T's own day from ledger_entry.
--
-- Keys use '' for "none" (undated posting, uncatalogued item): primary-key columns cannot be NULL in PostgreSQL.
CREATE TABLE posting_month_totals (
    kind            TEXT NOT NULL,
    donor_code      TEXT NOT NULL,
    category        TEXT NOT NULL,
    visibility      TEXT NOT NULL,
    happened_month  TEXT NOT NULL,  -- yyyy-mm, or '' when the date is unknown
    recorded_day    BIGINT NOT NULL, -- days since 1970-01-01 (UTC) of recorded_at
    quantity        BIGINT NOT NULL, -- signed sum: reversals count negative
    ceiling         BIGINT NOT NULL, -- the same with a range's upper bound
    n_exact         BIGINT NOT NULL, -- postings net of reversals, by qualifier class
    n_unspecified   BIGINT NOT NULL,
    n_up_to         BIGINT NOT NULL,
    n_other         BIGINT NOT NULL,
    postings        BIGINT NOT NULL, -- rows summed, reversals included
    PRIMARY KEY (kind, donor_code, category, visibility, happened_month, recorded_day)
);

-- The same sums by catalogue item, without the month (the by-item report without asOf).
CREATE TABLE posting_item_totals (
    kind            TEXT NOT NULL,
    donor_code      TEXT NOT NULL,
    category        TEXT NOT NULL,
    item_id         TEXT NOT NULL,  -- '' when the line names no catalogue item
    visibility      TEXT NOT NULL,
    recorded_day    BIGINT NOT NULL,
    quantity        BIGINT NOT NULL,
    ceiling         BIGINT NOT NULL,
    n_exact         BIGINT NOT NULL,
    n_unspecified   BIGINT NOT NULL,
    n_up_to         BIGINT NOT NULL,
    n_other         BIGINT NOT NULL,
    postings        BIGINT NOT NULL,
    PRIMARY KEY (kind, donor_code, category, item_id, visibility, recorded_day)
);

INSERT INTO posting_month_totals
SELECT kind, donor_code, category, visibility, COALESCE(substr(happened_on, 1, 7), ''), recorded_at / 86400000000,
       COALESCE(SUM(quantity), 0), COALESCE(SUM(COALESCE(quantity_max, quantity)), 0),
       SUM(CASE WHEN qualifier = 'exact' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'unspecified' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'up_to' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier IN ('more_than', 'about', 'range') THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       COUNT(*)
FROM ledger_entry
GROUP BY kind, donor_code, category, visibility, COALESCE(substr(happened_on, 1, 7), ''), recorded_at / 86400000000;

INSERT INTO posting_item_totals
SELECT kind, donor_code, category, COALESCE(item_id, ''), visibility, recorded_at / 86400000000,
       COALESCE(SUM(quantity), 0), COALESCE(SUM(COALESCE(quantity_max, quantity)), 0),
       SUM(CASE WHEN qualifier = 'exact' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'unspecified' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'up_to' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier IN ('more_than', 'about', 'range') THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       COUNT(*)
FROM ledger_entry
GROUP BY kind, donor_code, category, COALESCE(item_id, ''), visibility, recorded_at / 86400000000;

-- The wide covering index of V2 served the full scans these totals replace. What remains to read from ledger_entry is
-- a slice by happened_on (the asOf month) or by recorded_at (the knownAt day; also "what changed since"), and one
-- system's postings (its page, its reconciliation).
DROP INDEX ledger_entry_fulfilment;
CREATE INDEX ledger_entry_happened ON ledger_entry (happened_on);
CREATE INDEX ledger_entry_recorded ON ledger_entry (recorded_at);
CREATE INDEX ledger_entry_item ON ledger_entry (item_id, donor_code);
