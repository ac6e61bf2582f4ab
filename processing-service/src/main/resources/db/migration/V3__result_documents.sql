-- Result documents (kết quả giải quyết) with their signature state and the verification record the rules ask for.
CREATE TABLE result_document (
    id                  UUID          PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES dossier_case (id),
    file_name           VARCHAR(255)  NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    content             BYTEA         NOT NULL,
    signature_state     VARCHAR(16)   NOT NULL
        CHECK (signature_state IN ('UNSIGNED', 'SIGNED', 'VALID', 'INVALID', 'UNTRUSTED', 'EXPIRED', 'REVOKED')),
    signer_name         VARCHAR(300),
    certificate_serial  VARCHAR(100),
    issuer              VARCHAR(500),
    signing_time        TIMESTAMPTZ,
    algorithm           VARCHAR(100),
    verification_detail VARCHAR(1000),
    verified_at         TIMESTAMPTZ   NOT NULL,
    uploaded_by         VARCHAR(100)  NOT NULL,
    uploaded_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX result_document_case ON result_document (case_id, uploaded_at);
