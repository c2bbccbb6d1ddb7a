-- A new 申报 sent while another is unfinished: held here until the member chooses which to keep
-- (保留原申报 / 改报新的), so the unfinished one is never silently discarded. One row per person.
CREATE TABLE declaration_draft_replacement (
    user_id     VARCHAR(64)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    msg_id      VARCHAR(191)  NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
