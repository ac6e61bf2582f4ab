-- Where the postal service delivers the result (địa chỉ nhận kết quả) when it is returned by post; defaults to the
-- applicant's address.
ALTER TABLE dossier ADD COLUMN result_return_address VARCHAR(500);
UPDATE dossier SET result_return_address = applicant_address WHERE result_return_channel = 'POSTAL';
