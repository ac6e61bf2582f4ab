-- Fees and charges of a case (nghĩa vụ tài chính: phí, lệ phí), one row per bill; what the gateway was asked to
-- collect (one order per attempt); and every report the gateway sent that settled a bill or was refused.
CREATE TABLE payment_obligation (
    bill_code           VARCHAR(64)   PRIMARY KEY,
    dossier_code        VARCHAR(64)   NOT NULL,
    agency_code         VARCHAR(32)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    amount_vnd          BIGINT        NOT NULL CHECK (amount_vnd > 0),
    legal_basis         VARCHAR(500)  NOT NULL,
    description         VARCHAR(500)  NOT NULL,
    payer_account       VARCHAR(100),
    due_on              DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        TIMESTAMPTZ   NOT NULL,
    channel             VARCHAR(16),
    gateway_transaction VARCHAR(64),
    collected_by        VARCHAR(100),
    receipt_number      VARCHAR(64),
    paid_at             TIMESTAMPTZ,
    settled_at          TIMESTAMPTZ,
    version             BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX payment_obligation_dossier ON payment_obligation (dossier_code);
CREATE INDEX payment_obligation_payer ON payment_obligation (payer_account, requested_at) WHERE payer_account IS NOT NULL;

CREATE TABLE payment_order (
    order_id        VARCHAR(40)   PRIMARY KEY,
    bill_code       VARCHAR(64)   NOT NULL REFERENCES payment_obligation (bill_code),
    amount_vnd      BIGINT        NOT NULL,
    transaction_id  VARCHAR(64),
    payment_url     VARCHAR(1000),
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    checked_at      TIMESTAMPTZ
);
CREATE INDEX payment_order_bill ON payment_order (bill_code);
CREATE INDEX payment_order_pending ON payment_order (created_at) WHERE status = 'PENDING';

CREATE TABLE payment_report (
    id           UUID          PRIMARY KEY,
    received_at  TIMESTAMPTZ   NOT NULL,
    source       VARCHAR(16)   NOT NULL,
    outcome      VARCHAR(24)   NOT NULL,
    order_id     VARCHAR(100),
    bill_code    VARCHAR(64),
    agency_code  VARCHAR(32),
    detail       VARCHAR(1000) NOT NULL,
    body         TEXT
);
CREATE INDEX payment_report_review ON payment_report (agency_code, received_at) WHERE outcome IN ('FORGED', 'MISMATCH', 'MISSING_AT_GATEWAY', 'UNKNOWN_ORDER');
CREATE UNIQUE INDEX payment_report_missing_once ON payment_report (order_id) WHERE outcome = 'MISSING_AT_GATEWAY';
