-- One row per (job, period) a scheduled job has done its work for: the idempotency key that lets a
-- job fire twice (misfire recovery, a second instance, a manual re-run) and act once.

CREATE TABLE job_run (
    job        VARCHAR(100) NOT NULL,
    period_key VARCHAR(64)  NOT NULL,
    ran_at     DATETIME     NOT NULL,
    PRIMARY KEY (job, period_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
