-- processing's copy of intake's agency directory (motcua.intake.agencies and the agency each accepted dossier
-- carries). Rows from before the directory (agency_office_hours) are kept as version 0: any published version wins.
CREATE TABLE agency (
    code          VARCHAR(32)   PRIMARY KEY,
    version       BIGINT        NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    level         VARCHAR(16),
    kind          VARCHAR(24),
    parent_code   VARCHAR(32),
    office_hours  VARCHAR(100)  NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
INSERT INTO agency (code, version, name, office_hours) SELECT agency_code, 0, agency_code, office_hours FROM agency_office_hours;
DROP TABLE agency_office_hours;
