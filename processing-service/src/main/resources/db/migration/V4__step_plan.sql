-- The procedure's published internal process as received with the dossier (JSON list of steps); null = default.
ALTER TABLE dossier_case ADD COLUMN step_plan TEXT;
