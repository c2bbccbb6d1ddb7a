-- One row per card DingTalk actually holds for a built-in (StandardCard) robot interactive card.
-- That API takes one receiver per call, so a card for several people becomes several instances:
-- card_biz_id = out_track_id for the first receiver and out_track_id + '-' + n (n = 2, 3, ...) for
-- the n-th. Updates go to every instance of an out_track_id; a callback's cardBizId is mapped back
-- to out_track_id, and the card's params (card_params, JSON) are merged into the press.
CREATE TABLE dingtalk_card_instance (
    card_biz_id   VARCHAR(160)  NOT NULL,
    out_track_id  VARCHAR(128)  NOT NULL,
    receiver      VARCHAR(160)  NOT NULL,
    card_params   MEDIUMTEXT    NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (card_biz_id)
);
CREATE INDEX ix_dingtalk_card_instance_track ON dingtalk_card_instance (out_track_id);
