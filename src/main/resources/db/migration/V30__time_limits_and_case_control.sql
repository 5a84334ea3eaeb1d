-- Issue 11 part B: a time limit on every user task (due, reminder, overdue), 催办 at most once a working day,
-- 延期 asked by a clerk and decided by the lead agency, 中止 / 终止 of a case by the lead agency. Every operation is
-- also written to approval_record; these tables hold the state the rules need (what is due, what was asked).
CREATE TABLE task_deadline (
    task_id              VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64)   NOT NULL,
    case_type            VARCHAR(64)   NOT NULL,
    task_key             VARCHAR(64)   NOT NULL,
    task_name            VARCHAR(200),
    applicant_task       BOOLEAN       NOT NULL,
    model_timed          BOOLEAN       NOT NULL,
    working_days         INT,
    due_at               DATETIME(3),
    remind_at            DATETIME(3),
    created_at           DATETIME(3)   NOT NULL,
    reminded_at          DATETIME(3),
    overdue_at           DATETIME(3),
    ended_at             DATETIME(3)
);
CREATE INDEX ix_task_deadline_instance ON task_deadline (process_instance_id);
CREATE INDEX ix_task_deadline_remind ON task_deadline (ended_at, reminded_at, remind_at);
CREATE INDEX ix_task_deadline_due ON task_deadline (ended_at, overdue_at, due_at);

-- One urge per task and day: the unique key is the rule, so two clicks at once cannot both pass.
CREATE TABLE task_urge (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id     VARCHAR(64)   NOT NULL,
    urged_on    DATE          NOT NULL,
    urged_by    VARCHAR(64)   NOT NULL,
    urged_at    DATETIME(3)   NOT NULL,
    comment     VARCHAR(1000),
    CONSTRAINT uk_task_urge_day UNIQUE (task_id, urged_on)
);

CREATE TABLE task_extension (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id              VARCHAR(64)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    working_days         INT           NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    requested_by         VARCHAR(64)   NOT NULL,
    requested_at         DATETIME(3)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    decided_by           VARCHAR(64),
    decided_at           DATETIME(3),
    decision_comment     VARCHAR(1000),
    old_due_at           DATETIME(3),
    new_due_at           DATETIME(3)
);
CREATE INDEX ix_task_extension_task ON task_extension (task_id);

-- 中止 and 终止: one row per suspension (closed by its resumption) and one per termination; never deleted.
CREATE TABLE case_control (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no              VARCHAR(30)   NOT NULL,
    case_type            VARCHAR(64)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    started_by           VARCHAR(64)   NOT NULL,
    started_at           DATETIME(3)   NOT NULL,
    ended_by             VARCHAR(64),
    ended_at             DATETIME(3),
    end_reason           VARCHAR(1000),
    working_days_paused  INT
);
CREATE INDEX ix_case_control_case ON case_control (case_no);
