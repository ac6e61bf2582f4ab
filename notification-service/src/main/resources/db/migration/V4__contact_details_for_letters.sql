-- What the receipt, supplement-request and refusal notices print about the dossier.
ALTER TABLE dossier_contact
    ADD COLUMN address        VARCHAR(500),
    ADD COLUMN rule_set       VARCHAR(40),
    ADD COLUMN received_at    TIMESTAMPTZ,
    ADD COLUMN appointment_at TIMESTAMPTZ,
    ADD COLUMN organisation   BOOLEAN NOT NULL DEFAULT FALSE;
