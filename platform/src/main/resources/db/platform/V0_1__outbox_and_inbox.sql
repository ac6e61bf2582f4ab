-- Transactional outbox: events are written in the same transaction as the state change, then relayed to Kafka.
CREATE TABLE outbox_event (
    id            UUID PRIMARY KEY,
    topic         VARCHAR(200)  NOT NULL,
    message_key   VARCHAR(200)  NOT NULL,
    event_type    VARCHAR(200)  NOT NULL,
    payload       TEXT          NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    published_at  TIMESTAMPTZ,
    attempts      INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000)
);
-- The relay only ever reads unpublished rows: a partial index keeps that cheap however large the table grows.
CREATE INDEX outbox_event_unpublished ON outbox_event (created_at) WHERE published_at IS NULL;

-- Idempotent consumers: one row per (consumer, event id) handled, written in the handler's transaction.
CREATE TABLE processed_event (
    consumer      VARCHAR(100)  NOT NULL,
    event_id      VARCHAR(200)  NOT NULL,
    processed_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
