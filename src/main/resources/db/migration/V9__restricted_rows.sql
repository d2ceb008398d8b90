-- Reads for the public or a donor's liaison ask "which rows are hidden?": restricted rows are few, so partial
-- indexes over them answer without reading whole tables (imported datasets are public and leave these empty).
-- A source's citations are found by the source.
CREATE INDEX pledge_restricted ON pledge (id) WHERE visibility <> 'public';
CREATE INDEX ledger_entry_restricted ON ledger_entry (id) WHERE visibility <> 'public';
CREATE INDEX need_restricted ON need (id) WHERE visibility <> 'public';
CREATE INDEX citation_source ON citation (source_id);
