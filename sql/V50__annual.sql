-- The annual round (年度评定): one round per branch and year, opened by the secretary's 年度审核.
-- Signatures (branch committee 通过, then the 机关党委's 审核通过) and the frozen snapshot are
-- appended, never updated. Talks (约谈) and their records, award ineligibility (红色预警) and spot
-- checks (抽查) with their outcomes are append-only as well.

CREATE TABLE annual_round (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    branch_id   BIGINT      NOT NULL,
    round_year  INT         NOT NULL,
    opened_by   VARCHAR(64) NOT NULL,
    opened_at   DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_round UNIQUE (branch_id, round_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_signature (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    round_id    BIGINT       NOT NULL,
    stage       VARCHAR(16)  NOT NULL,
    user_id     VARCHAR(64)  NOT NULL,
    signed_at   DATETIME     NOT NULL,
    source_ref  VARCHAR(191) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_signature UNIQUE (round_id, stage, user_id),
    CONSTRAINT fk_annual_signature_round FOREIGN KEY (round_id) REFERENCES annual_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_snapshot (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    round_id     BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    user_id      VARCHAR(64)   NOT NULL,
    member_name  VARCHAR(64)   NOT NULL,
    member_type  VARCHAR(16)   NOT NULL,
    base         DECIMAL(7, 2) NOT NULL,
    featured     DECIMAL(7, 2) NOT NULL,
    review       DECIMAL(7, 2) NOT NULL,
    composite    DECIMAL(7, 2) NOT NULL,
    tier         VARCHAR(32)   NOT NULL,
    warning      VARCHAR(64)   NULL,
    flagged      BOOLEAN       NOT NULL,
    created_at   DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_snapshot UNIQUE (round_id, member_id),
    CONSTRAINT fk_annual_snapshot_round FOREIGN KEY (round_id) REFERENCES annual_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_talk (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    talk_year     INT          NOT NULL,
    member_id     BIGINT       NOT NULL,
    branch_id     BIGINT       NOT NULL,
    member_name   VARCHAR(64)  NOT NULL,
    cause         VARCHAR(64)  NOT NULL,
    deadline      DATE         NOT NULL,
    created_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_talk UNIQUE (talk_year, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_talk_record (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    talk_id      BIGINT        NOT NULL,
    talked_on    DATE          NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    measures     VARCHAR(1000) NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_talk_record UNIQUE (talk_id),
    CONSTRAINT fk_annual_talk_record_talk FOREIGN KEY (talk_id) REFERENCES annual_talk (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE award_ineligibility (
    member_id   BIGINT       NOT NULL,
    award_year  INT          NOT NULL,
    cause       VARCHAR(64)  NOT NULL,
    created_at  DATETIME     NOT NULL,
    PRIMARY KEY (member_id, award_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE spot_check (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    seed       BIGINT      NOT NULL,
    size       INT         NOT NULL,
    drawn_by   VARCHAR(64) NOT NULL,
    drawn_at   DATETIME    NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE spot_check_item (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    check_id  BIGINT NOT NULL,
    position  INT    NOT NULL,
    fact_id   BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_spot_check_item UNIQUE (check_id, position),
    CONSTRAINT fk_spot_check_item_check FOREIGN KEY (check_id) REFERENCES spot_check (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE spot_check_outcome (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    item_id     BIGINT       NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    note        VARCHAR(500) NULL,
    decided_by  VARCHAR(64)  NOT NULL,
    decided_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_spot_check_outcome UNIQUE (item_id),
    CONSTRAINT fk_spot_check_outcome_item FOREIGN KEY (item_id) REFERENCES spot_check_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
