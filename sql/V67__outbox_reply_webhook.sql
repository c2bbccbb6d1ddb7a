-- A reply to an inbound robot message may go through that message's sessionWebhook (a temporary
-- URL DingTalk hands out with the message) while it is valid; the dispatcher falls back to
-- batchSend / orgGroupSend when it has expired or fails. Both columns are NULL for other messages.
ALTER TABLE outbox_message ADD COLUMN reply_webhook VARCHAR(1024) NULL;
ALTER TABLE outbox_message ADD COLUMN reply_webhook_expires_at DATETIME(3) NULL;
