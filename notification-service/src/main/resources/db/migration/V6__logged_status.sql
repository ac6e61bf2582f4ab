-- A message with no mail host or SMS gateway configured is only written to the log: LOGGED, never SENT, so nothing
-- claims to have reached a citizen when it did not.
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification ADD CONSTRAINT notification_status_check
    CHECK (status IN ('PENDING', 'SENT', 'LOGGED', 'DELIVERED', 'RETRYING', 'FAILED'));
