-- Letterheads are now a copy of intake's agency directory (motcua.intake.agencies and the agency each accepted
-- dossier carries). The rows seeded before it are kept as version 0: any published version wins.
ALTER TABLE agency_letterhead ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agency_letterhead ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
