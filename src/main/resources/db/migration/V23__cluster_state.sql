-- State that must be shared by every node of a cluster (issue 13): idempotent /api submissions, the public
-- lookup's lockout counters. Portable between H2 and MySQL/MariaDB.

-- A client that sends Idempotency-Key gets the same answer for the same request, once the first one committed.
-- The key row is written in the same transaction as the work, so it exists only if the work committed.
CREATE TABLE idempotent_request (
    caller        VARCHAR(64)   NOT NULL,
    endpoint      VARCHAR(100)  NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INT,
    response      VARCHAR(4000),
    created_at    DATETIME(3)  NULL,
    PRIMARY KEY (caller, endpoint, idem_key)
);

-- Wrong answers on the public progress lookup, per case number ("no:…") and per client address ("ip:…").
CREATE TABLE lookup_attempt (
    attempt_key  VARCHAR(120) NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    since        DATETIME(3)  NOT NULL
);
