-- Issue 13: a quarter signed off although a member lacks a monthly figure keeps the secretary's
-- reason with the sign-off, and the 公示 shows it.
ALTER TABLE evaluation_signoff ADD COLUMN override_reason VARCHAR(500) NULL;
ALTER TABLE publicity_window ADD COLUMN note VARCHAR(1000) NULL;
