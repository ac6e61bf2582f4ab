-- Letterhead data of each agency (quốc hiệu is in the template; this is the agency side of the header and signer).
CREATE TABLE agency_letterhead (
    agency_code   VARCHAR(32)  PRIMARY KEY,
    parent_name   VARCHAR(200) NOT NULL,
    agency_name   VARCHAR(200) NOT NULL,
    display_name  VARCHAR(300) NOT NULL,
    place         VARCHAR(100) NOT NULL,
    head_title    VARCHAR(100) NOT NULL,
    symbol        VARCHAR(40)  NOT NULL
);
INSERT INTO agency_letterhead VALUES
 ('UBNDT',   '',                           'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',           'Ủy ban nhân dân tỉnh Hà Nam',                  'Hà Nam',     'CHỦ TỊCH',  'UBND'),
 ('SKHCN',   'UBND TỈNH HÀ NAM',           'SỞ KHOA HỌC VÀ CÔNG NGHỆ',              'Sở Khoa học và Công nghệ tỉnh Hà Nam',         'Hà Nam',     'GIÁM ĐỐC',  'SKHCN'),
 ('SVHTTDL', 'UBND TỈNH HÀ NAM',           'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',       'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam',  'Hà Nam',     'GIÁM ĐỐC',  'SVHTTDL'),
 ('UBNDPL',  'UBND TỈNH HÀ NAM',           'ỦY BAN NHÂN DÂN THÀNH PHỐ PHỦ LÝ',      'Ủy ban nhân dân thành phố Phủ Lý',             'Phủ Lý',     'CHỦ TỊCH',  'UBND'),
 ('UBNDLA',  'UBND THÀNH PHỐ PHỦ LÝ',      'ỦY BAN NHÂN DÂN XÃ LIÊM TUYỀN',         'Ủy ban nhân dân xã Liêm Tuyền',                'Liêm Tuyền', 'CHỦ TỊCH',  'UBND');

-- Official documents rendered from events, one per source event (a redelivered event renders nothing new).
CREATE TABLE letter (
    id               UUID          PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    source_event_id  VARCHAR(200)  NOT NULL UNIQUE,
    dossier_code     VARCHAR(40)   NOT NULL,
    agency_code      VARCHAR(32)   NOT NULL,
    addressee        VARCHAR(100)  NOT NULL,
    number           VARCHAR(60)   NOT NULL,
    template         VARCHAR(200)  NOT NULL,
    pdf              BYTEA         NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX letter_dossier ON letter (dossier_code);

-- Document numbers (số văn bản) per agency, year and kind.
CREATE TABLE letter_number (
    agency_code  VARCHAR(32) NOT NULL,
    year         INT         NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    last_value   INT         NOT NULL,
    PRIMARY KEY (agency_code, year, kind)
);

-- Delivery over e-mail / SMS / log: address, retry schedule, last error, attached letter. Officers' alerts may be
-- addressed to a role of an agency ("agency:SKHCN:leader") instead of a user.
ALTER TABLE notification
    ADD COLUMN recipient_address VARCHAR(200),
    ADD COLUMN next_attempt_at   TIMESTAMPTZ,
    ADD COLUMN last_error        VARCHAR(1000),
    ADD COLUMN letter_id         UUID REFERENCES letter (id);
ALTER TABLE notification DROP CONSTRAINT notification_status_check;
ALTER TABLE notification ADD CONSTRAINT notification_status_check
    CHECK (status IN ('PENDING', 'SENT', 'DELIVERED', 'RETRYING', 'FAILED'));
-- The dispatcher reads only what is due for an attempt.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING');
