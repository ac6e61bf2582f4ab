-- How to reach each dossier's applicant (from intake's accepted event): the channels they gave.
CREATE TABLE dossier_contact (
    dossier_code     VARCHAR(40)   PRIMARY KEY,
    username         VARCHAR(100)  NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    email            VARCHAR(200),
    phone            VARCHAR(20),
    return_channel   VARCHAR(16),
    agency_code      VARCHAR(32)   NOT NULL,
    agency_name      VARCHAR(300),
    procedure_name   VARCHAR(500)
);
