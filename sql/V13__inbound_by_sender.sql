-- A conversation step looks up the sender's previous message (e.g. 导入名单 followed by the file).
CREATE INDEX ix_inbound_event_sender ON inbound_event (sender_user_id, id);
