-- Home appointments (hẹn hướng dẫn tại nhà): a citizen books a one-hour slot for staff of the procedure's agency to
-- come and help; the visit ends with the dossier received on the spot (channel HOME_APPOINTMENT, national code 1).
CREATE TABLE home_appointment (
    id             UUID          PRIMARY KEY,
    procedure_code VARCHAR(32)   NOT NULL,
    agency_code    VARCHAR(32)   NOT NULL REFERENCES agency (code),
    booked_by      VARCHAR(100)  NOT NULL,
    full_name      VARCHAR(300)  NOT NULL,
    phone          VARCHAR(20)   NOT NULL,
    address        VARCHAR(500)  NOT NULL,
    note           VARCHAR(1000),
    slot_start     TIMESTAMPTZ   NOT NULL,
    slot_end       TIMESTAMPTZ   NOT NULL,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'RECEIVED')),
    dossier_code   VARCHAR(40),
    received_by    VARCHAR(100),
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX home_appointment_slot ON home_appointment (agency_code, slot_start) WHERE status = 'BOOKED';
CREATE INDEX home_appointment_booked_by ON home_appointment (booked_by);

-- The staff member who received a dossier for someone else (home visits); the dossier belongs to the applicant.
ALTER TABLE dossier ADD COLUMN received_by VARCHAR(100);
