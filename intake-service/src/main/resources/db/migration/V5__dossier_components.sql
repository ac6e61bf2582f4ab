-- Components of a dossier (thành phần hồ sơ) as uploaded files: stored content-addressed, with the result of the
-- signature check the rules ask to keep.
CREATE TABLE dossier_component (
    id                  UUID          PRIMARY KEY,
    dossier_id          UUID          NOT NULL REFERENCES dossier (id),
    name                VARCHAR(300)  NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    signature_state     VARCHAR(16)   NOT NULL,
    signer_name         VARCHAR(300),
    certificate_serial  VARCHAR(100),
    issuer              VARCHAR(500),
    signing_time        TIMESTAMPTZ,
    verification_detail VARCHAR(1000),
    uploaded_by         VARCHAR(100)  NOT NULL,
    uploaded_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX dossier_component_dossier ON dossier_component (dossier_id);
