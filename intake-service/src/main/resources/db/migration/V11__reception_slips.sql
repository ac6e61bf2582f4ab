-- Slips issued at reception instead of a receipt (Decree 61/2018 art. 19, Decree 118/2025): a supplement request
-- listing everything missing (form 02), issued once per visit, or a refusal with its reason (form 03). They are not
-- dossiers and get no dossier code; notification-service renders and sends the slip from the event.
CREATE TABLE reception_slip (
    id                UUID          PRIMARY KEY,
    kind              VARCHAR(16)   NOT NULL CHECK (kind IN ('SUPPLEMENT', 'REFUSAL')),
    receiving_agency  VARCHAR(32)   NOT NULL REFERENCES agency (code),
    procedure_code    VARCHAR(32)   NOT NULL,
    procedure_version INT           NOT NULL,
    applicant_type    VARCHAR(16)   NOT NULL,
    applicant_name    VARCHAR(300)  NOT NULL,
    applicant_id      VARCHAR(14),
    applicant_phone   VARCHAR(20)   NOT NULL,
    applicant_email   VARCHAR(200),
    applicant_address VARCHAR(500)  NOT NULL,
    items             VARCHAR(4000),
    reason            VARCHAR(2000),
    issued_by         VARCHAR(100)  NOT NULL,
    issued_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX reception_slip_agency ON reception_slip (receiving_agency, issued_at);
