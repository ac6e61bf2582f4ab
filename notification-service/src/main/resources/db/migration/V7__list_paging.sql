-- Inbox and letters as keyset pages (issue 13): each read along an index ending in the page order.
DROP INDEX notification_recipient;
CREATE INDEX notification_recipient ON notification (recipient, channel, created_at DESC, id DESC);
DROP INDEX letter_dossier;
CREATE INDEX letter_dossier ON letter (dossier_code, created_at, id);
