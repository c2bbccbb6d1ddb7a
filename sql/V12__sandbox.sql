-- The sandbox chat console (SANDBOX mode only writes here): what each demo user saw and sent,
-- and the files they uploaded (so Messenger.download returns the bytes after a restart).
CREATE TABLE sandbox_message (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    user_id      VARCHAR(128)  NOT NULL,
    direction    VARCHAR(8)    NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    title        VARCHAR(512)  NULL,
    body         MEDIUMTEXT    NULL,
    out_track_id VARCHAR(128)  NULL,
    card_params  MEDIUMTEXT    NULL,
    file_code    VARCHAR(64)   NULL,
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_sandbox_message_user ON sandbox_message (user_id, id);
CREATE INDEX ix_sandbox_message_card ON sandbox_message (out_track_id);

CREATE TABLE sandbox_file (
    code         VARCHAR(64)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(128)  NOT NULL,
    content      LONGBLOB      NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (code)
);
