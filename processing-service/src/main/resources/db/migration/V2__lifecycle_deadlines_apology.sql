-- The processing lifecycle: assignee, clock (pause / restart), current step, deadline stage, liên thông partner.
ALTER TABLE dossier_case
    ADD COLUMN agency_name            VARCHAR(300),
    ADD COLUMN applicant_type         VARCHAR(16),
    ADD COLUMN applicant_address      VARCHAR(500),
    ADD COLUMN applicant_phone        VARCHAR(20),
    ADD COLUMN applicant_email        VARCHAR(200),
    ADD COLUMN result_return_channel  VARCHAR(16),
    ADD COLUMN time_limit_amount      INT,
    ADD COLUMN time_limit_unit        VARCHAR(16),
    ADD COLUMN supplement_clock_mode  VARCHAR(8)   NOT NULL DEFAULT 'PAUSE',
    ADD COLUMN original_due_at        TIMESTAMPTZ,
    ADD COLUMN assignee               VARCHAR(100),
    ADD COLUMN paused_at              TIMESTAMPTZ,
    ADD COLUMN step_started_at        TIMESTAMPTZ,
    ADD COLUMN step_due_at            TIMESTAMPTZ,
    ADD COLUMN step_overdue_notified  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN deadline_stage         VARCHAR(10)  NOT NULL DEFAULT 'ON_TIME',
    ADD COLUMN next_check_at          TIMESTAMPTZ,
    ADD COLUMN partner_agency         VARCHAR(32),
    ADD COLUMN partner_due_at         TIMESTAMPTZ,
    ADD COLUMN closed_at              TIMESTAMPTZ,
    ADD COLUMN outcome_reason         VARCHAR(2000);
UPDATE dossier_case SET original_due_at = due_at, next_check_at = now();

-- The deadline sweep reads only cases with a pending check, earliest first: its cost follows the number of cases
-- due for a look, not the number of cases on time.
CREATE INDEX dossier_case_next_check ON dossier_case (next_check_at) WHERE next_check_at IS NOT NULL;
CREATE INDEX dossier_case_partner ON dossier_case (partner_agency, due_at) WHERE partner_agency IS NOT NULL;
CREATE INDEX dossier_case_assignee ON dossier_case (assignee, due_at) WHERE assignee IS NOT NULL;

-- Control-sheet rows also say when the step was due and whether it was done early, on time or late.
ALTER TABLE case_log
    ADD COLUMN step_due_at  TIMESTAMPTZ,
    ADD COLUMN timeliness   VARCHAR(8) CHECK (timeliness IN ('EARLY', 'ON_TIME', 'LATE'));

-- Apology with a new appointment date (phiếu xin lỗi và hẹn lại ngày trả kết quả): at most one per case, which
-- the primary key enforces even against two simultaneous requests.
CREATE TABLE case_apology (
    case_id          UUID          PRIMARY KEY REFERENCES dossier_case (id),
    reason           VARCHAR(2000) NOT NULL,
    previous_due_at  TIMESTAMPTZ   NOT NULL,
    new_due_at       TIMESTAMPTZ   NOT NULL,
    signer_name      VARCHAR(200)  NOT NULL,
    signer_title     VARCHAR(200)  NOT NULL,
    on_behalf_of_head BOOLEAN      NOT NULL,
    deputy_title     VARCHAR(200),
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL
);
