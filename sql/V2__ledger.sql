-- The ledger: append-only scoring facts (CONTRACTS.md). Code never updates or deletes a row;
-- a correction is a new row whose `corrects` names the fact it cancels or replaces.

CREATE TABLE ledger_fact (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(32)  NOT NULL,
    branch_id     BIGINT       NOT NULL,
    member_id     BIGINT       NOT NULL,
    item          VARCHAR(64)  NULL,
    occurred_on   DATE         NOT NULL,
    ends_on       DATE         NULL,
    fact_value    VARCHAR(64)  NULL,
    corrects      BIGINT       NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME     NOT NULL,
    source_type   VARCHAR(32)  NOT NULL,
    source_ref    VARCHAR(191) NOT NULL,
    reason        VARCHAR(500) NULL,
    event_ref     VARCHAR(191) NULL,
    approval_ref  VARCHAR(191) NULL,
    dedupe_key    CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ledger_fact_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_ledger_fact_corrects FOREIGN KEY (corrects) REFERENCES ledger_fact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ledger_fact_branch ON ledger_fact (branch_id, occurred_on, member_id);
CREATE INDEX ix_ledger_fact_member ON ledger_fact (member_id, occurred_on);
-- at most one correction per fact: correct the correction, not the original, to change it again
CREATE UNIQUE INDEX uk_ledger_fact_corrects ON ledger_fact (corrects);

-- A locked quarter of a branch (the secretary's sign-off): writes into it need an approved correction.
CREATE TABLE ledger_period_lock (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    branch_id  BIGINT      NOT NULL,
    lock_year  INT         NOT NULL,
    quarter    INT         NOT NULL,
    locked_by  VARCHAR(64) NOT NULL,
    locked_at  DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ledger_period_lock UNIQUE (branch_id, lock_year, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
