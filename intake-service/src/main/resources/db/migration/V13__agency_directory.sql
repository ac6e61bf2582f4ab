-- intake-service owns the agency directory (danh mục cơ quan): the letterhead of each agency, the commune postal
-- points of each post office, and a version that grows with every change. AgencyDirectory publishes each version
-- to the compacted topic motcua.intake.agencies; processing and notification build their copies from it.
ALTER TABLE agency ADD COLUMN governing_body   VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE agency ADD COLUMN printed_name     VARCHAR(200);
ALTER TABLE agency ADD COLUMN head_title       VARCHAR(100) NOT NULL DEFAULT 'THỦ TRƯỞNG CƠ QUAN';
ALTER TABLE agency ADD COLUMN symbol           VARCHAR(40);
ALTER TABLE agency ADD COLUMN post_office_code VARCHAR(32) REFERENCES agency (code);
ALTER TABLE agency ADD COLUMN active           BOOLEAN      NOT NULL DEFAULT TRUE;
ALTER TABLE agency ADD COLUMN version          BIGINT       NOT NULL DEFAULT 1;
ALTER TABLE agency ADD COLUMN published_version BIGINT      NOT NULL DEFAULT 0;

-- printed names written out: upper() depends on the database's locale
UPDATE agency a SET printed_name = v.printed, symbol = a.code FROM (VALUES
 ('UBNDT', 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM'),
 ('SKHCN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'),
 ('SVHTTDL', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'),
 ('UBNDPL', 'ỦY BAN NHÂN DÂN THÀNH PHỐ PHỦ LÝ'),
 ('UBNDLA', 'ỦY BAN NHÂN DÂN XÃ LIÊM TUYỀN'),
 ('BDTP', 'BƯU ĐIỆN TỈNH HÀ NAM - BƯU CỤC PHỦ LÝ'),
 ('UBNDDT', 'ỦY BAN NHÂN DÂN THỊ XÃ DUY TIÊN'),
 ('UBNDKB', 'ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG'),
 ('UBNDLH', 'ỦY BAN NHÂN DÂN PHƯỜNG LAM HẠ'),
 ('UBNDYB', 'ỦY BAN NHÂN DÂN PHƯỜNG YÊN BẮC'),
 ('UBNDBS', 'ỦY BAN NHÂN DÂN XÃ BA SAO'),
 ('BDDT', 'BƯU ĐIỆN THỊ XÃ DUY TIÊN'),
 ('BDKB', 'BƯU ĐIỆN HUYỆN KIM BẢNG'),
 ('BDLT', 'ĐIỂM BƯU ĐIỆN - VĂN HÓA XÃ LIÊM TUYỀN'),
 ('BDBS', 'ĐIỂM BƯU ĐIỆN - VĂN HÓA XÃ BA SAO')
) AS v (code, printed) WHERE a.code = v.code;
UPDATE agency SET printed_name = name, symbol = code WHERE printed_name IS NULL;
UPDATE agency SET governing_body = 'UBND TỈNH HÀ NAM', head_title = 'GIÁM ĐỐC' WHERE kind = 'DEPARTMENT';
UPDATE agency SET head_title = 'CHỦ TỊCH', symbol = 'UBND' WHERE kind = 'PEOPLES_COMMITTEE';
UPDATE agency SET governing_body = 'UBND TỈNH HÀ NAM' WHERE kind = 'PEOPLES_COMMITTEE' AND level = 'DISTRICT';
UPDATE agency SET governing_body = 'UBND THÀNH PHỐ PHỦ LÝ' WHERE code IN ('UBNDLA', 'UBNDLH');
UPDATE agency SET governing_body = 'UBND THỊ XÃ DUY TIÊN' WHERE code = 'UBNDYB';
UPDATE agency SET governing_body = 'UBND HUYỆN KIM BẢNG' WHERE code = 'UBNDBS';
UPDATE agency SET governing_body = 'TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM', head_title = 'GIÁM ĐỐC' WHERE kind = 'POST_OFFICE' AND level = 'DISTRICT';
UPDATE agency SET governing_body = 'BƯU ĐIỆN TỈNH HÀ NAM', head_title = 'TRƯỞNG ĐIỂM' WHERE kind = 'POST_OFFICE' AND level = 'COMMUNE';
-- the post office that a commune postal point hands its dossiers to
UPDATE agency SET post_office_code = 'BDTP' WHERE code = 'BDLT';
UPDATE agency SET post_office_code = 'BDKB' WHERE code = 'BDBS';
-- the post office counter keeps longer hours (as processing's copy had them)
UPDATE agency SET office_hours = '07:30-11:30,13:30-17:30' WHERE code = 'BDTP';
ALTER TABLE agency ALTER COLUMN printed_name SET NOT NULL;
ALTER TABLE agency ALTER COLUMN symbol SET NOT NULL;
CREATE INDEX agency_unpublished ON agency (code) WHERE published_version < version;
