-- One row per card sent through DingTalk's card platform (createAndDeliver): one instance reaches
-- every recipient, so the outTrackId is the key. card_params are the params the card was last sent
-- or updated with (they win over anything a callback carries); card_data is the template's variables
-- as DingTalk last showed them (its buttons and inputs decide what a press may do). recipients is a
-- JSON array of userids; group_id the openConversationId of a group card. delivered_at is set once
-- DingTalk accepted the createAndDeliver: only then may an update be sent (an update that overtook a
-- retried create would be refused and lost, leaving the card with live buttons).
CREATE TABLE dingtalk_card (
    out_track_id  VARCHAR(128)  NOT NULL,
    card_kind     VARCHAR(64)   NOT NULL,
    recipients    MEDIUMTEXT    NOT NULL,
    group_id      VARCHAR(160)  NULL,
    card_params   MEDIUMTEXT    NOT NULL,
    card_data     MEDIUMTEXT    NOT NULL,
    delivered_at  DATETIME(3)   NULL,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (out_track_id)
);
