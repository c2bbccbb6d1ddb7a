-- Every inbound chat message and card action, recorded before it is handled. The unique keys make
-- a redelivery (same DingTalk msgId, or same card outTrackId + actionId + user) a no-op.
CREATE TABLE inbound_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(16)   NOT NULL,
    msg_id         VARCHAR(128)  NULL,
    out_track_id   VARCHAR(128)  NULL,
    action_id      VARCHAR(64)   NULL,
    sender_user_id VARCHAR(128)  NOT NULL,
    known_sender   BOOLEAN       NOT NULL,
    message_text   VARCHAR(4000) NULL,
    payload        MEDIUMTEXT    NOT NULL,
    received_at    DATETIME(3)   NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_inbound_event_msg UNIQUE (msg_id),
    CONSTRAINT uq_inbound_event_action UNIQUE (out_track_id, action_id, sender_user_id)
);
