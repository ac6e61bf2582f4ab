-- The province-wide tables without reading the dossiers (the province-year benchmark: 2,000,000 facts). Needs a
-- rebuild of the read model: the default read-model generation is raised with this migration (DashboardConfig).

-- Stocks (số tồn): in progress, past due, paused, past due without an apology at the end of any day, as the sum of
-- every row up to that day (Metric.stock). A dossier adds 1 on the day it enters the state and takes it back on the
-- day it leaves it.
ALTER TABLE day_count
    ADD COLUMN open                           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due                  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused                    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused_past_due           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due_without_apology  BIGINT NOT NULL DEFAULT 0;
ALTER TABLE month_count
    ADD COLUMN open                           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due                  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused                    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused_past_due           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due_without_apology  BIGINT NOT NULL DEFAULT 0;
ALTER TABLE desk_day_count
    ADD COLUMN open                           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due                  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused                    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_paused_past_due           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN open_past_due_without_apology  BIGINT NOT NULL DEFAULT 0;
-- a leader's postal follow-up: the desks' rows for the leader's units only
CREATE INDEX desk_day_count_agency ON desk_day_count (agency_code, day);

-- The desks' counters per clerk and month, all units together: the province's postal follow-up reads its whole months
-- here (a few thousand rows), only partial months from desk_day_count.
CREATE TABLE desk_month_count (
    desk_agency    VARCHAR(40)  NOT NULL,
    desk_staff     VARCHAR(100) NOT NULL,
    month          DATE         NOT NULL,
    LIKE day_count INCLUDING DEFAULTS
);
ALTER TABLE desk_month_count DROP COLUMN agency_code, DROP COLUMN channel, DROP COLUMN day;
ALTER TABLE desk_month_count ADD PRIMARY KEY (desk_agency, desk_staff, month);

-- A dossier received by post at a desk: how long until the competent agency took it up (HandOver), for the medians.
CREATE TABLE hand_over (
    dossier_code  VARCHAR(60)  PRIMARY KEY,
    desk_agency   VARCHAR(40)  NOT NULL,
    desk_staff    VARCHAR(100),
    agency_code   VARCHAR(40)  NOT NULL,
    received_on   DATE         NOT NULL,
    seconds       BIGINT       NOT NULL
);
CREATE INDEX hand_over_received ON hand_over (received_on);

-- The overdue list, most overdue first, reads the open dossiers in due order and stops at its limit; the stocks'
-- correction for the current day reads those due later today.
CREATE INDEX dossier_fact_open_due ON dossier_fact (due_at, dossier_code) WHERE finished_at IS NULL AND accepted;
-- no longer read: the in-progress figures come from the stocks, the medians from hand_over
DROP INDEX dossier_fact_finished;
DROP INDEX dossier_fact_received;
DROP INDEX dossier_fact_desk;
