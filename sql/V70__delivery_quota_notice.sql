-- One row per day and channel on which the committee admins were told that the channel's API quota
-- (DingTalk: the organisation's monthly API call count) is used up; the primary key makes "at most once a
-- day" hold across instances. Append-only.
CREATE TABLE delivery_quota_notice (
    notice_day  DATE          NOT NULL,
    channel     VARCHAR(32)   NOT NULL,
    api         VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (notice_day, channel)
);
