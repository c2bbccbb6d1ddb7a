-- Outbox: every message to people, written in the transaction of the change that caused it and
-- delivered later by the dispatcher (status PENDING -> SENDING (leased) -> SENT, or DEAD).
-- This table is operational state, not a ledger: the dispatcher updates status and lease columns.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(16)   NOT NULL,
    recipients      VARCHAR(4000) NOT NULL,
    group_id        VARCHAR(128)  NULL,
    template        VARCHAR(128)  NULL,
    out_track_id    VARCHAR(128)  NULL,
    title           VARCHAR(512)  NULL,
    body            MEDIUMTEXT    NULL,
    card_params     MEDIUMTEXT    NULL,
    file_content    LONGBLOB      NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    lease_owner     VARCHAR(64)   NULL,
    lease_until     DATETIME(3)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
