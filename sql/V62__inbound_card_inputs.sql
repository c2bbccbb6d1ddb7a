-- A card press is one action per card + action + user + inputs: 驳回 pressed again with its reason
-- filled in is a new action, a redelivered callback (same inputs) is not. inputs_hash is the SHA-256
-- (hex) of the press's declared inputs; '' for chat messages and rows recorded before this migration.
ALTER TABLE inbound_event ADD COLUMN inputs_hash VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE inbound_event DROP CONSTRAINT uq_inbound_event_action;
ALTER TABLE inbound_event ADD CONSTRAINT uq_inbound_event_press UNIQUE (out_track_id, action_id, sender_user_id, inputs_hash);
