-- Typed provenance for the audit log (issue 14 §3). Each row now says where it came from as a type
-- (CHAT_MESSAGE, CARD_ACTION, IMPORT_FILE, JOB, SYSTEM) plus the reference kept in `source`, the
-- inbound_event it was written for (a chat message or card press; null for jobs and start-up), and
-- its details as a JSON object of named values instead of before/after sentences. Rows written
-- before this migration keep their before_summary / after_summary / free-text source.
-- The append-only triggers of V80 are row triggers on the table, unaffected by new columns.

ALTER TABLE audit_log ADD COLUMN source_type VARCHAR(32) NULL;

ALTER TABLE audit_log ADD COLUMN inbound_event_id BIGINT NULL;

ALTER TABLE audit_log ADD COLUMN details TEXT NULL;

CREATE INDEX ix_audit_log_inbound_event ON audit_log (inbound_event_id);
