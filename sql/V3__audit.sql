-- Who did what, when, from which message. Append-only.

CREATE TABLE audit_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    subject_type   VARCHAR(64)   NOT NULL,
    subject_id     VARCHAR(64)   NOT NULL,
    before_summary VARCHAR(1000) NULL,
    after_summary  VARCHAR(1000) NULL,
    source         VARCHAR(255)  NULL,
    at             DATETIME      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id);
CREATE INDEX ix_audit_log_at ON audit_log (at);
