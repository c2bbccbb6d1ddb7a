-- The sandbox remembers each card's kind (bot-templates/cards/<kind>.json) as shown, so a press
-- carries it like a DingTalk press does (only a notice can be acknowledged).
ALTER TABLE sandbox_message ADD COLUMN card_kind VARCHAR(64) NULL;
