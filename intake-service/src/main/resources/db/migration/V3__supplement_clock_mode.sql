-- What a supplement request during processing does to the clock (FACTS: clock rules): PAUSE moves the due date by
-- the waiting time; RESTART counts the whole limit again once the dossier is complete (some sector decrees).
ALTER TABLE procedure ADD COLUMN supplement_clock_mode VARCHAR(8) NOT NULL DEFAULT 'PAUSE'
    CHECK (supplement_clock_mode IN ('PAUSE', 'RESTART'));
-- The radiation-work licence follows a sector rule that restarts the limit.
UPDATE procedure SET supplement_clock_mode = 'RESTART' WHERE code = '1.000948.000.00.00.H56';
