-- What processing reports back (its case state and national status code), so intake knows when the applicant may
-- supplement the dossier, withdraw it or rate the service; kept from processing's status-changed events.
ALTER TABLE dossier
    ADD COLUMN processing_state        VARCHAR(32),
    ADD COLUMN national_status         SMALLINT,
    ADD COLUMN state_changed_at        TIMESTAMPTZ,
    ADD COLUMN supplement_request      VARCHAR(2000),
    ADD COLUMN supplement_submitted_at TIMESTAMPTZ,
    -- satisfaction rating after the result was returned (4 levels), at most once
    ADD COLUMN rating                  VARCHAR(16) CHECK (rating IN ('VERY_SATISFIED', 'SATISFIED', 'ACCEPTABLE', 'DISSATISFIED')),
    ADD COLUMN rating_comment          VARCHAR(1000),
    ADD COLUMN rated_at                TIMESTAMPTZ;
