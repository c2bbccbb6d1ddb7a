-- Declarations (issue 5): a member's featured-item declarations, their drafts while the chat is
-- under way, disputes of rejections with every vote, and branch-defined items (其他支部自选分).

CREATE TABLE evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    sha256        CHAR(64)      NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NULL,
    storage_path  VARCHAR(255)  NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_sha ON evidence (sha256);

-- One draft per person: what has been said so far; survives a restart; expires after the window.
CREATE TABLE declaration_draft (
    user_id       VARCHAR(64)   NOT NULL,
    member_id     BIGINT        NOT NULL,
    branch_id     BIGINT        NOT NULL,
    item          VARCHAR(64)   NULL,
    occurred_on   DATE          NULL,
    description   VARCHAR(500)  NULL,
    stage         VARCHAR(16)   NOT NULL,
    evidence_ids  VARCHAR(1000) NOT NULL DEFAULT '',
    source_msg_id VARCHAR(191)  NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE declaration (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    member_id       BIGINT         NOT NULL,
    user_id         VARCHAR(64)    NOT NULL,
    branch_id       BIGINT         NOT NULL,
    item            VARCHAR(64)    NOT NULL,
    item_name       VARCHAR(128)   NOT NULL,
    occurred_on     DATE           NOT NULL,
    description     VARCHAR(500)   NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    proposed_points DECIMAL(6, 2)  NOT NULL,
    zero_record     BOOLEAN        NOT NULL,
    points          DECIMAL(6, 2)  NULL,
    approvers       VARCHAR(1000)  NOT NULL,
    viewers         VARCHAR(1000)  NOT NULL,
    out_track_id    VARCHAR(128)   NOT NULL,
    submitted_at    DATETIME(3)    NOT NULL,
    decided_by      VARCHAR(64)    NULL,
    decided_at      DATETIME(3)    NULL,
    reject_reason   VARCHAR(500)   NULL,
    fact_id         BIGINT         NULL,
    source_msg_id   VARCHAR(191)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_declaration_source UNIQUE (source_msg_id),
    CONSTRAINT uk_declaration_track UNIQUE (out_track_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_declaration_member ON declaration (member_id, id);
CREATE INDEX ix_declaration_status ON declaration (status, submitted_at);

CREATE TABLE declaration_evidence (
    declaration_id BIGINT NOT NULL,
    evidence_id    BIGINT NOT NULL,
    position       INT    NOT NULL,
    PRIMARY KEY (declaration_id, evidence_id),
    CONSTRAINT fk_declaration_evidence_decl FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT fk_declaration_evidence_ev FOREIGN KEY (evidence_id) REFERENCES evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE declaration_dispute (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT        NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    panel          VARCHAR(1000) NOT NULL,
    out_track_id   VARCHAR(128)  NOT NULL,
    opened_at      DATETIME(3)   NOT NULL,
    decided_at     DATETIME(3)   NULL,
    fact_id        BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dispute_declaration UNIQUE (declaration_id),
    CONSTRAINT uk_dispute_track UNIQUE (out_track_id),
    CONSTRAINT fk_dispute_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dispute_vote (
    dispute_id  BIGINT       NOT NULL,
    voter       VARCHAR(64)  NOT NULL,
    vote        VARCHAR(16)  NOT NULL,
    voted_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (dispute_id, voter),
    CONSTRAINT fk_dispute_vote_dispute FOREIGN KEY (dispute_id) REFERENCES declaration_dispute (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE branch_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    branch_id         BIGINT        NOT NULL,
    item_year         INT           NOT NULL,
    name              VARCHAR(64)   NOT NULL,
    points            DECIMAL(6, 2) NOT NULL,
    cap               DECIMAL(6, 2) NOT NULL,
    evidence_required BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    proposed_by       VARCHAR(64)   NOT NULL,
    proposed_at       DATETIME(3)   NOT NULL,
    decided_by        VARCHAR(64)   NULL,
    decided_at        DATETIME(3)   NULL,
    out_track_id      VARCHAR(128)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_branch_item_track UNIQUE (out_track_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_branch_item_branch ON branch_item (branch_id, item_year);
