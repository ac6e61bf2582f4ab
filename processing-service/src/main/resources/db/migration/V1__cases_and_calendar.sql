-- A case (hồ sơ đang giải quyết) per received dossier.
CREATE TABLE dossier_case (
    id                   UUID         PRIMARY KEY,
    dossier_code         VARCHAR(40)  NOT NULL UNIQUE,
    agency_code          VARCHAR(32)  NOT NULL,
    procedure_code       VARCHAR(32)  NOT NULL,
    procedure_name       VARCHAR(500) NOT NULL,
    state                VARCHAR(32)  NOT NULL,
    rule_set             VARCHAR(40)  NOT NULL,
    applicant_name       VARCHAR(300) NOT NULL,
    submitted_by         VARCHAR(100) NOT NULL,
    received_at          TIMESTAMPTZ  NOT NULL,
    counting_starts_at   TIMESTAMPTZ  NOT NULL,
    due_at               TIMESTAMPTZ  NOT NULL,
    opened_at            TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);
-- Worklists and deadline sweeps read by due time within an agency.
CREATE INDEX dossier_case_agency_due ON dossier_case (agency_code, due_at);
CREATE INDEX dossier_case_submitted_by ON dossier_case (submitted_by);

-- Control sheet (phiếu kiểm soát quá trình giải quyết): one row per action.
CREATE TABLE case_log (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       UUID         NOT NULL REFERENCES dossier_case (id),
    at            TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    from_state    VARCHAR(32),
    to_state      VARCHAR(32)  NOT NULL,
    comment       VARCHAR(2000)
);
CREATE INDEX case_log_case ON case_log (case_id, at);

-- Office hours of each agency the service processes for (giờ làm việc).
CREATE TABLE agency_office_hours (
    agency_code   VARCHAR(32)  PRIMARY KEY,
    office_hours  VARCHAR(100) NOT NULL
);
INSERT INTO agency_office_hours (agency_code, office_hours) VALUES
 ('UBNDT',   '07:00-11:30,13:30-17:00'),
 ('SKHCN',   '07:00-11:30,13:30-17:00'),
 ('SVHTTDL', '07:00-11:30,13:30-17:00'),
 ('UBNDPL',  '07:00-11:30,13:30-17:00'),
 ('UBNDLA',  '07:00-11:30,13:30-17:00'),
 ('BDTP',    '07:30-11:30,13:30-17:30');

-- The working-day schedule of each year (lịch nghỉ lễ, tết), as announced; editable by an admin, audited.
CREATE TABLE calendar_schedule (
    year          INT          PRIMARY KEY,
    version       VARCHAR(40)  NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
CREATE TABLE calendar_entry (
    day           DATE         PRIMARY KEY,
    year          INT          NOT NULL REFERENCES calendar_schedule (year) ON DELETE CASCADE,
    kind          VARCHAR(32)  NOT NULL CHECK (kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKE_UP_WORKING_DAY')),
    reason        VARCHAR(300) NOT NULL
);
CREATE TABLE calendar_audit (
    id            BIGSERIAL    PRIMARY KEY,
    year          INT          NOT NULL,
    old_version   VARCHAR(40),
    new_version   VARCHAR(40)  NOT NULL,
    changed_by    VARCHAR(100) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    old_entries   TEXT,
    new_entries   TEXT         NOT NULL
);
