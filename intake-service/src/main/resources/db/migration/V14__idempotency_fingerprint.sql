-- What a submission with an Idempotency-Key asked for (SHA-256 of its canonical JSON): the same key with another body
-- is refused (422) instead of silently answered with the first dossier. Null for dossiers from before this column.
ALTER TABLE dossier ADD COLUMN idempotency_fingerprint VARCHAR(64);
