-- The officers a case can be assigned to (danh sách cán bộ): synchronised from Keycloak (source KEYCLOAK) and
-- learnt from each officer's own signed-in requests (source TOKEN). Only active officers of the case's agency with
-- the specialist or leader role are assignable.
CREATE TABLE officer (
    username      VARCHAR(100)  PRIMARY KEY,
    agency_code   VARCHAR(32),
    roles         VARCHAR(300)  NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    source        VARCHAR(16)   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX officer_agency ON officer (agency_code) WHERE active;
