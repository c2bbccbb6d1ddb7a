-- The scoring scan of a branch-year (MemberYears.streamForScoring) reads the branch member by member, each
-- member's facts in id order, and scores a member as soon as their last row has arrived. With the branch,
-- then the member, then the fact id leading, and every column scoring reads in the index, the rows come in
-- that order straight from the index: no sort on the server or the client, no table row visited. The year
-- is a filter inside the index (a branch's other years are stepped over, not sent).
-- It replaces ix_ledger_fact_scoring (V60), which led with the date and so gave the rows in date order;
-- nothing else reads that index (ix_ledger_fact_branch still serves the branch-and-date queries).
-- Vendor files only for the DROP INDEX syntax (H2 names no table).
CREATE INDEX ix_ledger_fact_branch_member
    ON ledger_fact (branch_id, member_id, id, occurred_on, kind, item, fact_value, ends_on, corrects);
DROP INDEX ix_ledger_fact_scoring ON ledger_fact;
