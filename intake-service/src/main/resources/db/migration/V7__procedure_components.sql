-- Components a procedure version requires (thành phần hồ sơ): what the completeness check at reception compares a
-- dossier against. document_type names a reusable kind of document (e.g. the citizen ID card); a valid digitised
-- copy of that kind from the same applicant's earlier dossier is reused instead of being asked for again.
CREATE TABLE procedure_component (
    procedure_id    BIGINT        NOT NULL REFERENCES procedure (id),
    code            VARCHAR(32)   NOT NULL,
    seq             INT           NOT NULL,
    name            VARCHAR(500)  NOT NULL,
    mandatory       BOOLEAN       NOT NULL,
    form            VARCHAR(16)   NOT NULL CHECK (form IN ('ORIGINAL', 'COPY', 'CERTIFIED_COPY')),
    quantity        INT           NOT NULL DEFAULT 1 CHECK (quantity > 0),
    must_be_signed  BOOLEAN       NOT NULL DEFAULT FALSE,
    accepted_types  VARCHAR(200)  NOT NULL DEFAULT 'application/pdf,image/jpeg,image/png',
    document_type   VARCHAR(32),
    PRIMARY KEY (procedure_id, code)
);

-- An upload first exists on its own (staged by its uploader, dossier_id NULL) and is attached to a dossier when the
-- dossier is received; a reused digitised document is a new row pointing at the same content.
ALTER TABLE dossier_component
    ALTER COLUMN dossier_id DROP NOT NULL,
    ADD COLUMN component_code  VARCHAR(32),
    ADD COLUMN document_type   VARCHAR(32),
    ADD COLUMN reused_from     UUID REFERENCES dossier_component (id);
CREATE INDEX dossier_component_staged ON dossier_component (uploaded_by) WHERE dossier_id IS NULL;

-- Organisation representative and an authorised submitter (người được ủy quyền) when not the applicant.
ALTER TABLE dossier
    ADD COLUMN applicant_representative   VARCHAR(300),
    ADD COLUMN submitter_name             VARCHAR(300),
    ADD COLUMN submitter_citizen_id       VARCHAR(12),
    ADD COLUMN submitter_phone            VARCHAR(20),
    ADD COLUMN submitter_authorisation    VARCHAR(300);
CREATE INDEX dossier_applicant_citizen ON dossier (applicant_citizen_id) WHERE applicant_citizen_id IS NOT NULL;
CREATE INDEX dossier_applicant_tax ON dossier (applicant_tax_code) WHERE applicant_tax_code IS NOT NULL;
