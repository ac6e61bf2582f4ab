-- portal-sync-service: what the national portal must know of each dossier, and the ledger of what it was told.

-- The agency directory's units (from intake's compacted topic and from every accepted dossier): the document-exchange
-- identifier (mã định danh điện tử) every portal call carries.
CREATE TABLE agency (
    code        VARCHAR(32) PRIMARY KEY,
    version     BIGINT      NOT NULL,
    name        TEXT        NOT NULL,
    exchange_id VARCHAR(32),
    updated_at  TIMESTAMPTZ NOT NULL
);

-- A dossier as the portal should see it: its local state (from processing's events), its clock, and how far the
-- portal has acknowledged it.
CREATE TABLE synced_dossier (
    code              VARCHAR(64) PRIMARY KEY,
    agency_code       VARCHAR(32) NOT NULL,
    unit_id           VARCHAR(32) NOT NULL,
    procedure_code    VARCHAR(64) NOT NULL,
    time_limit_amount INT,
    time_limit_unit   VARCHAR(16),
    received_at       TIMESTAMPTZ NOT NULL,
    due_at            TIMESTAMPTZ NOT NULL,
    local_state       VARCHAR(32) NOT NULL,
    local_status      INT         NOT NULL,
    clock_paused      BOOLEAN     NOT NULL DEFAULT FALSE,
    processing_agency VARCHAR(32) NOT NULL,
    acked_status      INT,
    acked_at          TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX synced_dossier_agency ON synced_dossier (agency_code, code);
CREATE INDEX synced_dossier_updated ON synced_dossier (updated_at);

-- One change the portal must receive, in order per dossier (seq, global and growing; NULL while the change waits for
-- one that must go before it), at least once under its idempotency key.
CREATE SEQUENCE portal_change_seq;
CREATE TABLE portal_change (
    id              BIGSERIAL PRIMARY KEY,
    dossier_code    VARCHAR(64) NOT NULL,
    seq             BIGINT,
    kind            VARCHAR(32) NOT NULL,
    operation       VARCHAR(32) NOT NULL,
    idempotency_key VARCHAR(120) NOT NULL UNIQUE,
    status_code     INT         NOT NULL,
    source          VARCHAR(16) NOT NULL,
    local_state     VARCHAR(32) NOT NULL,
    due_at          TIMESTAMPTZ,
    clock_paused    BOOLEAN     NOT NULL DEFAULT FALSE,
    processing_agency VARCHAR(32),
    tag             VARCHAR(32),
    waits_for       VARCHAR(32),
    waits_for_count INT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    enqueued_at     TIMESTAMPTZ NOT NULL,
    payload         TEXT        NOT NULL,
    state           VARCHAR(16) NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    acked_at        TIMESTAMPTZ,
    portal_message  TEXT,
    last_error      TEXT,
    CONSTRAINT portal_change_state CHECK (state IN ('WAITING', 'PENDING', 'ACKED', 'PARKED'))
);
CREATE UNIQUE INDEX portal_change_order ON portal_change (dossier_code, seq);
-- the dispatcher's claim: due heads only (a change behind another of its dossier has no next_attempt_at until the one
-- before it is acknowledged, so a backlog of a million changes does not make every claim walk past them)
CREATE INDEX portal_change_due ON portal_change (next_attempt_at) WHERE state = 'PENDING' AND next_attempt_at IS NOT NULL;
-- "is anything of this dossier still before it", and the unsynced dossiers of the figures
CREATE INDEX portal_change_unfinished ON portal_change (dossier_code, seq) WHERE state IN ('WAITING', 'PENDING', 'PARKED');
CREATE INDEX portal_change_waiting ON portal_change (dossier_code, id) WHERE state = 'WAITING';
CREATE INDEX portal_change_parked ON portal_change (id) WHERE state = 'PARKED';
CREATE INDEX portal_change_acked ON portal_change (acked_at) WHERE state = 'ACKED';

-- Every call made for a change, and the portal's answer.
CREATE TABLE portal_attempt (
    id          BIGSERIAL PRIMARY KEY,
    change_id   BIGINT      NOT NULL REFERENCES portal_change (id),
    at          TIMESTAMPTZ NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    http_status INT,
    message     TEXT,
    duration_ms INT         NOT NULL
);
CREATE INDEX portal_attempt_change ON portal_attempt (change_id, id);

-- Reconciliation runs and what they found.
CREATE TABLE reconciliation_run (
    id          BIGSERIAL PRIMARY KEY,
    trigger     VARCHAR(16) NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    checked     INT         NOT NULL DEFAULT 0,
    mismatches  INT         NOT NULL DEFAULT 0,
    repaired    INT         NOT NULL DEFAULT 0,
    overdue     INT         NOT NULL DEFAULT 0,
    unreachable INT         NOT NULL DEFAULT 0
);

CREATE TABLE reconciliation_finding (
    id             BIGSERIAL PRIMARY KEY,
    run_id         BIGINT      NOT NULL REFERENCES reconciliation_run (id),
    dossier_code   VARCHAR(64) NOT NULL,
    agency_code    VARCHAR(32) NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    local_status   INT,
    portal_status  INT,
    local_due_at   TIMESTAMPTZ,
    portal_due_at  TIMESTAMPTZ,
    cause          VARCHAR(32),
    detail         TEXT,
    repaired       BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX reconciliation_finding_run ON reconciliation_finding (run_id, kind, id);
-- one run at a time across replicas
CREATE UNIQUE INDEX reconciliation_run_one_running ON reconciliation_run ((TRUE)) WHERE finished_at IS NULL;
