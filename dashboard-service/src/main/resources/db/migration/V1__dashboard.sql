-- dashboard-service's read model, built only from the events (rebuilt identically by a replay: see Rebuild).

-- One row per dossier: what the events said of it so far (a copy, never a source of truth). Written only by the
-- projector, under a row lock, in the transaction that marks the events handled.
CREATE TABLE dossier_fact (
    dossier_code          VARCHAR(60)  PRIMARY KEY,
    accepted              BOOLEAN      NOT NULL DEFAULT FALSE,
    agency_code           VARCHAR(40),
    procedure_code        VARCHAR(60),
    procedure_name        VARCHAR(500),
    channel               VARCHAR(20),
    desk_agency           VARCHAR(40),
    desk_staff            VARCHAR(100),
    office_hours          VARCHAR(200),
    return_channel        VARCHAR(20),
    received_at           TIMESTAMPTZ,
    counting_starts_at    TIMESTAMPTZ,
    appointment_at        TIMESTAMPTZ,
    due_at                TIMESTAMPTZ,
    fee_bearing           BOOLEAN      NOT NULL DEFAULT FALSE,
    paid_online           BOOLEAN      NOT NULL DEFAULT FALSE,
    components            INT          NOT NULL DEFAULT 0,
    digitised             INT          NOT NULL DEFAULT 0,
    reused                INT          NOT NULL DEFAULT 0,
    state                 VARCHAR(30),
    last_transition_at    TIMESTAMPTZ,
    assignee              VARCHAR(100),
    paused_since          TIMESTAMPTZ,
    paused_minutes        BIGINT       NOT NULL DEFAULT 0,
    opened_at             TIMESTAMPTZ,
    taken_up_at           TIMESTAMPTZ,
    supplement_requests   INT          NOT NULL DEFAULT 0,
    first_supplement_at   TIMESTAMPTZ,
    done_at               TIMESTAMPTZ,
    done_state            VARCHAR(30),
    done_due_at           TIMESTAMPTZ,
    electronic_result     BOOLEAN      NOT NULL DEFAULT FALSE,
    returned_at           TIMESTAMPTZ,
    closed_at             TIMESTAMPTZ,
    closed_state          VARCHAR(30),
    apology_at            TIMESTAMPTZ,
    apology_previous_due  TIMESTAMPTZ,
    near_due_at           TIMESTAMPTZ,
    rating                VARCHAR(20),
    rated_at              TIMESTAMPTZ,
    -- when the national portal acknowledged the dossier (portal-sync-service's event)
    synced_at             TIMESTAMPTZ,
    -- when the dossier stopped being in progress (done or closed without a result); null while it is in progress
    finished_at           TIMESTAMPTZ
);
-- the follow-up lists and the in-progress figures read only dossiers still in progress
CREATE INDEX dossier_fact_open ON dossier_fact (agency_code, due_at) WHERE finished_at IS NULL AND accepted;
-- in progress at the end of a past period: finished after it
CREATE INDEX dossier_fact_finished ON dossier_fact (finished_at) WHERE accepted;
-- a unit's dossiers of a period (procedure breakdown, hand-over medians of the postal points)
CREATE INDEX dossier_fact_received ON dossier_fact (agency_code, received_at) WHERE accepted;
CREATE INDEX dossier_fact_desk ON dossier_fact (desk_agency, received_at) WHERE accepted AND desk_agency IS NOT NULL;

-- Additive counters per unit, channel and day (Vietnam time): the indicator tables sum these (a province-year is at
-- most units × channels × days rows, whatever the number of dossiers). Each dossier contributes a set of increments
-- computed from its fact alone (Contribution), so the sums do not depend on the order in which the two topics'
-- events arrived. One column per Metric.
CREATE TABLE day_count (
    agency_code    VARCHAR(40)  NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    day            DATE         NOT NULL,
    received                    BIGINT NOT NULL DEFAULT 0,
    received_online             BIGINT NOT NULL DEFAULT 0,
    synced_to_portal            BIGINT NOT NULL DEFAULT 0,
    fee_bearing                 BIGINT NOT NULL DEFAULT 0,
    paid_online                 BIGINT NOT NULL DEFAULT 0,
    components                  BIGINT NOT NULL DEFAULT 0,
    components_digitised        BIGINT NOT NULL DEFAULT 0,
    components_reused           BIGINT NOT NULL DEFAULT 0,
    done_early                  BIGINT NOT NULL DEFAULT 0,
    done_on_time                BIGINT NOT NULL DEFAULT 0,
    done_late                   BIGINT NOT NULL DEFAULT 0,
    done_late_without_apology   BIGINT NOT NULL DEFAULT 0,
    processing_minutes          BIGINT NOT NULL DEFAULT 0,
    results_electronic          BIGINT NOT NULL DEFAULT 0,
    refused                     BIGINT NOT NULL DEFAULT 0,
    withdrawn                   BIGINT NOT NULL DEFAULT 0,
    stopped                     BIGINT NOT NULL DEFAULT 0,
    returned                    BIGINT NOT NULL DEFAULT 0,
    returned_by_post            BIGINT NOT NULL DEFAULT 0,
    returned_by_post_on_time    BIGINT NOT NULL DEFAULT 0,
    supplement_requested        BIGINT NOT NULL DEFAULT 0,
    apologies                   BIGINT NOT NULL DEFAULT 0,
    rated_very_satisfied        BIGINT NOT NULL DEFAULT 0,
    rated_satisfied             BIGINT NOT NULL DEFAULT 0,
    rated_acceptable            BIGINT NOT NULL DEFAULT 0,
    rated_dissatisfied          BIGINT NOT NULL DEFAULT 0,
    slip_supplement             BIGINT NOT NULL DEFAULT 0,
    slip_refusal                BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_code, channel, day)
);
CREATE INDEX day_count_day ON day_count (day);

-- The same per unit, channel and month (the first day of the month): a period's whole months are read here, only its
-- partial months from day_count, so that a province-year sums a few thousand rows.
CREATE TABLE month_count (LIKE day_count INCLUDING DEFAULTS);
ALTER TABLE month_count RENAME COLUMN day TO month;
ALTER TABLE month_count ADD PRIMARY KEY (agency_code, channel, month);
CREATE INDEX month_count_month ON month_count (month);

-- The same counters per reception desk with a clerk (post offices, commune points; reception slips), for the postal
-- follow-up: only what was received or refused by a named clerk lands here.
CREATE TABLE desk_day_count (
    desk_agency    VARCHAR(40)  NOT NULL,
    desk_staff     VARCHAR(100) NOT NULL,
    LIKE day_count INCLUDING DEFAULTS,
    PRIMARY KEY (desk_agency, desk_staff, agency_code, channel, day)
);
CREATE INDEX desk_day_count_day ON desk_day_count (day, desk_agency);

-- The agency directory as the compacted topic publishes it (the highest version wins): names, parent for a leader's
-- scope, kind (a post office's points), office hours for working-day averages.
CREATE TABLE agency (
    code          VARCHAR(40)  PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(300) NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    parent_code   VARCHAR(40),
    office_hours  VARCHAR(200)
);

-- The generation the read model was built for: a replica configured with a higher one empties it first (Generation).
CREATE TABLE read_model_generation (
    id          INT          PRIMARY KEY CHECK (id = 1),
    generation  BIGINT       NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    started_by  VARCHAR(100) NOT NULL
);
INSERT INTO read_model_generation VALUES (1, 0, now(), 'flyway');
