-- The dossier's components as intake reported them, with their signature state.
CREATE TABLE case_component (
    id                  UUID          PRIMARY KEY,
    dossier_code        VARCHAR(40)   NOT NULL,
    name                VARCHAR(300)  NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    signature_state     VARCHAR(16)   NOT NULL,
    signer_name         VARCHAR(300),
    uploaded_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_component_dossier ON case_component (dossier_code);
