-- Append-only tables: the database itself refuses UPDATE and DELETE on the ledger facts, the audit
-- log and the quarterly and annual snapshots. A correction is a new row (with who and why), never a
-- change to an old one. Vendor-specific: Flyway picks this directory by the database in use.
-- H2: a Java trigger class that raises SQLSTATE 45000.

CREATE TRIGGER ledger_fact_no_update BEFORE UPDATE ON ledger_fact FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER ledger_fact_no_delete BEFORE DELETE ON ledger_fact FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER evaluation_snapshot_no_update BEFORE UPDATE ON evaluation_snapshot FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER evaluation_snapshot_no_delete BEFORE DELETE ON evaluation_snapshot FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER annual_snapshot_no_update BEFORE UPDATE ON annual_snapshot FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';

CREATE TRIGGER annual_snapshot_no_delete BEFORE DELETE ON annual_snapshot FOR EACH ROW CALL 'cn.jifending.AppendOnlyTrigger';
