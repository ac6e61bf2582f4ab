-- Why a withdrawal the applicant asked for did not happen (processing had already decided the case), shown to them.
ALTER TABLE dossier ADD COLUMN withdrawal_refused VARCHAR(500);
