-- Agencies (cơ quan) that publish procedures or receive dossiers, with their document-exchange identifier
-- (mã định danh, e.g. 000.17.22.H56) used in dossier codes.
CREATE TABLE agency (
    code                 VARCHAR(32)  PRIMARY KEY,
    name                 VARCHAR(300) NOT NULL,
    exchange_id          VARCHAR(32)  NOT NULL UNIQUE,
    level                VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    kind                 VARCHAR(24)  NOT NULL CHECK (kind IN ('DEPARTMENT', 'PEOPLES_COMMITTEE', 'POST_OFFICE')),
    parent_code          VARCHAR(32)  REFERENCES agency (code),
    place_name           VARCHAR(100) NOT NULL,
    office_hours         VARCHAR(100) NOT NULL DEFAULT '07:00-11:30,13:30-17:00'
);

-- Published procedures (thủ tục hành chính), versioned: a dossier keeps the version it was submitted under.
CREATE TABLE procedure (
    id                   BIGSERIAL    PRIMARY KEY,
    code                 VARCHAR(32)  NOT NULL,
    version              INT          NOT NULL,
    name                 VARCHAR(500) NOT NULL,
    field                VARCHAR(200) NOT NULL,
    agency_code          VARCHAR(32)  NOT NULL REFERENCES agency (code),
    level                VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    time_limit_amount    INT          NOT NULL CHECK (time_limit_amount >= 0),
    time_limit_unit      VARCHAR(16)  NOT NULL CHECK (time_limit_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    cut_off              TIME,
    fee_vnd              BIGINT       NOT NULL DEFAULT 0,
    online_level         VARCHAR(16)  NOT NULL CHECK (online_level IN ('FULL', 'PARTIAL')),
    postal_receipt       BOOLEAN      NOT NULL DEFAULT TRUE,
    postal_return        BOOLEAN      NOT NULL DEFAULT TRUE,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    published_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);
CREATE INDEX procedure_agency ON procedure (agency_code);

CREATE TABLE dossier (
    id                    UUID         PRIMARY KEY,
    code                  VARCHAR(40)  NOT NULL UNIQUE,
    procedure_id          BIGINT       NOT NULL REFERENCES procedure (id),
    procedure_code        VARCHAR(32)  NOT NULL,
    procedure_version     INT          NOT NULL,
    agency_code           VARCHAR(32)  NOT NULL REFERENCES agency (code),
    channel               VARCHAR(20)  NOT NULL,
    national_channel_code SMALLINT     NOT NULL,
    result_return_channel VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    rule_set              VARCHAR(40)  NOT NULL,
    applicant_type        VARCHAR(16)  NOT NULL,
    applicant_name        VARCHAR(300) NOT NULL,
    applicant_citizen_id  VARCHAR(12),
    applicant_tax_code    VARCHAR(14),
    applicant_birth_date  DATE,
    applicant_phone       VARCHAR(20)  NOT NULL,
    applicant_email       VARCHAR(200),
    applicant_address     VARCHAR(500) NOT NULL,
    submitted_by          VARCHAR(100) NOT NULL,
    received_at           TIMESTAMPTZ  NOT NULL,
    counting_starts_at    TIMESTAMPTZ  NOT NULL,
    appointment_at        TIMESTAMPTZ  NOT NULL,
    schedule_version      VARCHAR(100) NOT NULL,
    idempotency_key       VARCHAR(100),
    UNIQUE (submitted_by, idempotency_key)
);
CREATE INDEX dossier_submitted_by ON dossier (submitted_by);
CREATE INDEX dossier_agency ON dossier (agency_code, received_at);

-- Gap-free daily sequence per receiving unit: incremented in the submitting transaction, so a rolled-back
-- submission gives its number back.
CREATE TABLE dossier_sequence (
    exchange_id  VARCHAR(32) NOT NULL,
    day          DATE        NOT NULL,
    last_value   INT         NOT NULL,
    PRIMARY KEY (exchange_id, day)
);
