-- The fulfilment report sums postings grouped by kind, donor, category, item and qualifier, filtered by the two clocks
-- and visibility. An index holding every column it reads, in its grouping order, lets both databases answer from the
-- index alone, in order, without sorting: on 2 million postings this is the difference between seconds and a few
-- hundred milliseconds. It replaces the narrower index of V1, whose columns it starts with.
DROP INDEX ledger_entry_totals;
CREATE INDEX ledger_entry_fulfilment ON ledger_entry
    (kind, donor_code, category, item_id, qualifier, happened_on, recorded_at, quantity, quantity_max, reverses_id, visibility);
