-- The quarterly evaluation round (考评): one round per branch and quarter, a snapshot of every
-- member's result, each member's answer, the panel's decisions on objections and the secretary's
-- sign-off. Snapshot, answers, decisions and sign-offs are never updated: a correction made during
-- the round appends a new snapshot version; after sign-off nothing is appended any more.

CREATE TABLE evaluation_round (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    branch_id    BIGINT      NOT NULL,
    round_year   INT         NOT NULL,
    quarter      INT         NOT NULL,
    opened_on    DATE        NOT NULL,
    deadline     DATE        NOT NULL,
    opened_by    VARCHAR(64) NOT NULL,
    opened_at    DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_round UNIQUE (branch_id, round_year, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_snapshot (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    round_id      BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    version       INT           NOT NULL,
    user_id       VARCHAR(64)   NOT NULL,
    member_name   VARCHAR(64)   NOT NULL,
    active_months INT           NOT NULL,
    month_bases   VARCHAR(200)  NOT NULL,
    base          DECIMAL(7, 2) NOT NULL,
    featured      DECIMAL(7, 2) NOT NULL,
    total         DECIMAL(7, 2) NOT NULL,
    cause         VARCHAR(191)  NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_snapshot UNIQUE (round_id, member_id, version),
    CONSTRAINT fk_evaluation_snapshot_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evaluation_snapshot_member ON evaluation_snapshot (member_id);

CREATE TABLE evaluation_answer (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    round_id     BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    answer       VARCHAR(16)  NOT NULL,
    reason       VARCHAR(500) NULL,
    answered_at  DATETIME     NOT NULL,
    source_ref   VARCHAR(191) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_answer UNIQUE (round_id, member_id),
    CONSTRAINT fk_evaluation_answer_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_decision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    answer_id   BIGINT       NOT NULL,
    decision    VARCHAR(16)  NOT NULL,
    note        VARCHAR(500) NULL,
    decided_by  VARCHAR(64)  NOT NULL,
    decided_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_decision UNIQUE (answer_id),
    CONSTRAINT fk_evaluation_decision_answer FOREIGN KEY (answer_id) REFERENCES evaluation_answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_signoff (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    round_id     BIGINT        NOT NULL,
    signed_by    VARCHAR(64)   NOT NULL,
    signed_at    DATETIME      NOT NULL,
    unconfirmed  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation_signoff UNIQUE (round_id),
    CONSTRAINT fk_evaluation_signoff_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Operational state, not a record: a member who pressed 有异议 without a reason; their next text
-- message is the reason. The row is deleted when the objection is recorded.
CREATE TABLE evaluation_pending_objection (
    user_id     VARCHAR(64) NOT NULL,
    round_id    BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    created_at  DATETIME    NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
