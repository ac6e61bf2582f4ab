-- Public postal service (Decision 45/2016/QĐ-TTg): the postal item code of the sealed dossier and the fee the postal
-- clerk collected from the applicant, with a receipt.
ALTER TABLE dossier
    ADD COLUMN postal_item_code VARCHAR(20),
    ADD COLUMN postal_fee_vnd   BIGINT CHECK (postal_fee_vnd >= 0);
