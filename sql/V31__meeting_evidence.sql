-- The photographed sign-in sheet of a meeting is stored through the evidence module at once
-- (DingTalk's download links are temporary); evidence_code stays as the channel's reference.
ALTER TABLE rec_meeting ADD COLUMN evidence_id BIGINT NULL;
