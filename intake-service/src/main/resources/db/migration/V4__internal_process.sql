-- Published internal process of a procedure version (quy trình nội bộ giải quyết TTHC): ordered steps, the unit and
-- role responsible, and each step's share of the time limit. It drives processing's per-step due times.
CREATE TABLE procedure_step (
    procedure_id   BIGINT        NOT NULL REFERENCES procedure (id),
    seq            INT           NOT NULL,
    case_state     VARCHAR(32)   NOT NULL CHECK (case_state IN ('RECEIVED', 'ASSIGNED', 'IN_PROCESS', 'AWAITING_APPROVAL', 'APPROVED')),
    name           VARCHAR(300)  NOT NULL,
    unit           VARCHAR(200)  NOT NULL,
    role           VARCHAR(32)   NOT NULL,
    share_percent  INT           NOT NULL CHECK (share_percent BETWEEN 0 AND 100),
    PRIMARY KEY (procedure_id, seq)
);

-- The two SKHCN procedures follow the department's published process (transfer and assignment 0.5 day, examination,
-- review, approval and signature), scaled to their time limits.
INSERT INTO procedure_step (procedure_id, seq, case_state, name, unit, role, share_percent)
SELECT p.id, s.seq, s.case_state, s.name, s.unit, s.role, s.share
FROM procedure p CROSS JOIN (VALUES
    (1, 'RECEIVED',          'Chuyển hồ sơ và phân công thụ lý',       'Lãnh đạo Phòng Quản lý chuyên ngành', 'leader',     5),
    (2, 'ASSIGNED',          'Nhận hồ sơ thụ lý',                      'Phòng Quản lý chuyên ngành',          'specialist', 5),
    (3, 'IN_PROCESS',        'Thẩm định hồ sơ, dự thảo kết quả',       'Phòng Quản lý chuyên ngành',          'specialist', 55),
    (4, 'AWAITING_APPROVAL', 'Xem xét, phê duyệt kết quả',             'Lãnh đạo Sở',                         'leader',     25),
    (5, 'APPROVED',          'Ký số, vào sổ, đóng dấu kết quả',        'Văn phòng Sở',                        'leader',     10)
) AS s (seq, case_state, name, unit, role, share)
WHERE p.code IN ('1.004227.000.00.00.H56', '1.000948.000.00.00.H56');
