-- The scoring scan of a branch-year (MemberYears.streamForScoring) reads only these columns. With
-- all of them in one index the scan never visits the table rows (InnoDB adds the primary key `id`
-- to every secondary index), which is most of its cost on a large ledger.
CREATE INDEX ix_ledger_fact_scoring
    ON ledger_fact (branch_id, occurred_on, member_id, kind, item, fact_value, ends_on, corrects);
