-- Recording (issue 6): the recorder's and secretary's workflow on top of the ledger. These tables
-- hold the workflow state (meetings, who is pending an excuse, imports, requests awaiting a card
-- decision); the scoring facts themselves live only in ledger_fact.

-- A meeting recorded for a branch: item code of the scheme, the day it was held.
CREATE TABLE rec_meeting (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    branch_id          BIGINT       NOT NULL,
    item               VARCHAR(64)  NOT NULL,
    held_on            DATE         NOT NULL,
    recorded_by        VARCHAR(64)  NOT NULL,
    source_ref         VARCHAR(191) NOT NULL,
    recorded_at        DATETIME     NOT NULL,
    evidence_code      VARCHAR(500) NULL,
    evidence_file_name VARCHAR(200) NULL,
    evidence_at        DATETIME     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rec_meeting UNIQUE (branch_id, item, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rec_meeting_recorder ON rec_meeting (recorded_by, recorded_at);

-- One member's attendance at a meeting. status: PRESENT, ABSENT, EXCUSE_PENDING, EXCUSED, EXCUSE_REFUSED.
-- fact_id is the ATTENDANCE fact written (null while an excuse is pending).
CREATE TABLE rec_attendance (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    status      VARCHAR(20) NOT NULL,
    fact_id     BIGINT      NULL,
    decided_by  VARCHAR(64) NULL,
    decided_at  DATETIME    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rec_attendance UNIQUE (meeting_id, member_id),
    CONSTRAINT fk_rec_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES rec_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sheet imported into a branch (monthly figures or a sign-in sheet), by content hash: the same
-- file sent again has no further effect.
CREATE TABLE rec_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    branch_id   BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    period      VARCHAR(20)  NOT NULL,
    row_count   INT          NOT NULL,
    imported_by VARCHAR(64)  NOT NULL,
    imported_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rec_import UNIQUE (branch_id, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request waiting for a decision on a card: an excuse (secretary), a finding (branch committee
-- member) or a dispute (branch committee). status: PENDING, APPROVED, REFUSED.
CREATE TABLE rec_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(20)  NOT NULL,
    branch_id      BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    item           VARCHAR(64)  NULL,
    occurred_on    DATE         NOT NULL,
    fact_id        BIGINT       NULL,
    attendance_id  BIGINT       NULL,
    claimed_value  VARCHAR(64)  NULL,
    reason         VARCHAR(500) NULL,
    source_ref     VARCHAR(191) NOT NULL,
    out_track_id   VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    decided_by     VARCHAR(64)  NULL,
    decided_at     DATETIME     NULL,
    result_fact_id BIGINT       NULL,
    created_at     DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rec_request_track UNIQUE (out_track_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rec_request_branch ON rec_request (branch_id, status);
