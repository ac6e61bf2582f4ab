-- Records a consumer gave up on (see DeadLetters): listable and replayable by an admin.
CREATE TABLE dead_letter (
    id                   UUID          PRIMARY KEY,
    consumer             VARCHAR(100)  NOT NULL,
    topic                VARCHAR(200)  NOT NULL,
    kafka_partition      INT           NOT NULL,
    record_offset        BIGINT        NOT NULL,
    record_key           VARCHAR(200),
    event_id             VARCHAR(200),
    event_type           VARCHAR(200),
    reason               VARCHAR(2000) NOT NULL,
    attempts             INT           NOT NULL,
    failed_at            TIMESTAMPTZ   NOT NULL,
    headers              JSONB         NOT NULL DEFAULT '{}',
    payload              BYTEA         NOT NULL,
    replayed_at          TIMESTAMPTZ,
    replay_count         INT           NOT NULL DEFAULT 0,
    last_replay_outcome  VARCHAR(2000),
    UNIQUE (consumer, topic, kafka_partition, record_offset)
);
CREATE INDEX dead_letter_pending ON dead_letter (failed_at) WHERE replayed_at IS NULL;

-- The relay publishes in insertion order: a sequence, since two events of one transaction share a timestamp.
ALTER TABLE outbox_event ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
-- Published rows are deleted after the retention period (OutboxRelay): an index on the age of what is published.
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
