-- Outbound events for the provincial service platform (一网通办) and other neighbours: the outbox (written in the
-- engine's transaction with the change it reports), one delivery per event and endpoint, and every attempt.

CREATE TABLE outbound_event (
    event_id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_type      VARCHAR(40)   NOT NULL,
    case_type       VARCHAR(40),
    case_no         VARCHAR(30),
    occurred_at     DATETIME(3)   NOT NULL,
    payload         VARCHAR(4000) NOT NULL
);

CREATE TABLE outbound_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id         VARCHAR(36)  NOT NULL,
    endpoint_url     VARCHAR(300) NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(3)  NOT NULL,
    claim            VARCHAR(100),
    claimed_until    DATETIME(3)  NULL,
    last_http_status INT,
    last_error       VARCHAR(500),
    delivered_at     DATETIME(3)  NULL,
    created_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uk_outbound_delivery UNIQUE (event_id, endpoint_url),
    CONSTRAINT fk_outbound_delivery_event FOREIGN KEY (event_id) REFERENCES outbound_event (event_id)
);

CREATE INDEX ix_outbound_delivery_due ON outbound_delivery (status, next_attempt_at);

CREATE TABLE outbound_attempt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    delivery_id   BIGINT       NOT NULL,
    attempt_no    INT          NOT NULL,
    attempted_at  DATETIME(3)  NOT NULL,
    http_status   INT,
    error         VARCHAR(500),
    duration_ms   BIGINT       NOT NULL,
    node          VARCHAR(100),
    CONSTRAINT fk_outbound_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES outbound_delivery (id)
);

-- An application that came through the platform keeps the platform's own id; the same id never makes a second case.
ALTER TABLE park_application ADD COLUMN platform_application_id VARCHAR(64);
ALTER TABLE park_application ADD COLUMN platform_request_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_park_application_platform_id ON park_application (platform_application_id);
