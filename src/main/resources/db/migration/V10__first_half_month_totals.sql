-- The month totals also hold the sums of each month's first half: postings that happened on days 1 to 15. An asOf in
-- the middle of a month then starts from the nearest of four marks (the month's start, the 15th from either side, its
-- end) and reads at most about a week of postings from ledger_entry, not up to half a month.
ALTER TABLE posting_month_totals ADD COLUMN early_quantity BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_ceiling BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_n_exact BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_n_unspecified BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_n_up_to BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_n_other BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posting_month_totals ADD COLUMN early_postings BIGINT NOT NULL DEFAULT 0;

-- the totals are a projection of ledger_entry: recomputed whole, as migration V3 first computed them
DELETE FROM posting_month_totals;
INSERT INTO posting_month_totals (kind, donor_code, category, visibility, happened_month, recorded_day, quantity, ceiling, n_exact,
                                  n_unspecified, n_up_to, n_other, postings, early_quantity, early_ceiling, early_n_exact,
                                  early_n_unspecified, early_n_up_to, early_n_other, early_postings)
SELECT kind, donor_code, category, visibility, COALESCE(substr(happened_on, 1, 7), ''), recorded_at / 86400000000,
       COALESCE(SUM(quantity), 0), COALESCE(SUM(COALESCE(quantity_max, quantity)), 0),
       SUM(CASE WHEN qualifier = 'exact' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'unspecified' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier = 'up_to' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN qualifier IN ('more_than', 'about', 'range') THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       COUNT(*),
       COALESCE(SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' THEN quantity ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' THEN COALESCE(quantity_max, quantity) ELSE 0 END), 0),
       SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' AND qualifier = 'exact' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' AND qualifier = 'unspecified' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' AND qualifier = 'up_to' THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' AND qualifier IN ('more_than', 'about', 'range') THEN (CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END),
       SUM(CASE WHEN substr(happened_on, 9, 2) <= '15' THEN 1 ELSE 0 END)
FROM ledger_entry
GROUP BY kind, donor_code, category, visibility, COALESCE(substr(happened_on, 1, 7), ''), recorded_at / 86400000000;

-- the undated postings an asOf leaves out are counted from the few totals that have no month, not a scan of them all
CREATE INDEX posting_month_totals_undated ON posting_month_totals (kind, donor_code, category) WHERE happened_month = '';

-- statistics for the new index, so the planner takes it for the undated count
ANALYZE posting_month_totals;
