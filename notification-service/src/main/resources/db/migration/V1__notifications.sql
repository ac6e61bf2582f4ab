-- Every message the service decided to send, with its delivery state. The idempotency key is derived from the
-- event and recipient, so a redelivered event can never create a second message.
CREATE TABLE notification (
    id               UUID          PRIMARY KEY,
    idempotency_key  VARCHAR(300)  NOT NULL UNIQUE,
    event_id         VARCHAR(200)  NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    dossier_code     VARCHAR(40)   NOT NULL,
    recipient        VARCHAR(200)  NOT NULL,
    recipient_type   VARCHAR(20)   NOT NULL CHECK (recipient_type IN ('APPLICANT', 'OFFICER')),
    channel          VARCHAR(20)   NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DELIVERED', 'RETRYING', 'FAILED')),
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ,
    read_at          TIMESTAMPTZ
);
CREATE INDEX notification_recipient ON notification (recipient, created_at);
CREATE INDEX notification_dossier ON notification (dossier_code);
