-- 公示 windows: opened by the secretary's sign-off, announced on their first working day, closed at
-- the end of their last. Entries are the published names and scores; objections and the panel's
-- answers are appended, never updated. Milestones (ANNOUNCED, CLOSED) happen once per window.

CREATE TABLE publicity_window (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    branch_id   BIGINT       NOT NULL,
    pub_year    INT          NOT NULL,
    quarter     INT          NOT NULL,
    opened_on   DATE         NOT NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    opened_by   VARCHAR(64)  NOT NULL,
    created_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_publicity_window UNIQUE (branch_id, pub_year, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publicity_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    window_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    member_id    BIGINT        NOT NULL,
    member_name  VARCHAR(64)   NOT NULL,
    total        DECIMAL(7, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_publicity_entry UNIQUE (window_id, member_id),
    CONSTRAINT fk_publicity_entry_window FOREIGN KEY (window_id) REFERENCES publicity_window (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publicity_milestone (
    window_id  BIGINT      NOT NULL,
    milestone  VARCHAR(16) NOT NULL,
    at_time    DATETIME    NOT NULL,
    PRIMARY KEY (window_id, milestone),
    CONSTRAINT fk_publicity_milestone_window FOREIGN KEY (window_id) REFERENCES publicity_window (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publicity_objection (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    window_id    BIGINT       NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    member_name  VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    raised_at    DATETIME     NOT NULL,
    source_ref   VARCHAR(191) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_publicity_objection_source UNIQUE (source_ref),
    CONSTRAINT fk_publicity_objection_window FOREIGN KEY (window_id) REFERENCES publicity_window (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publicity_answer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    objection_id  BIGINT       NOT NULL,
    decision      VARCHAR(16)  NOT NULL,
    note          VARCHAR(500) NULL,
    decided_by    VARCHAR(64)  NOT NULL,
    decided_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_publicity_answer UNIQUE (objection_id),
    CONSTRAINT fk_publicity_answer_objection FOREIGN KEY (objection_id) REFERENCES publicity_objection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
