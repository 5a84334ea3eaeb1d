-- Green-channel parallel approval of key construction projects (measure 15), with the statutory clock.
-- Portable between H2 (embedded default) and MySQL/MariaDB (production); names as Spring Data JDBC derives them.

CREATE TABLE green_channel_project (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_no               VARCHAR(30)    NOT NULL,
    process_instance_id      VARCHAR(64),
    submitted_by             VARCHAR(64)    NOT NULL,
    submitted_at_window      BOOLEAN        NOT NULL,
    park_id                  BIGINT,
    project_name             VARCHAR(100)   NOT NULL,
    investor                 VARCHAR(100)   NOT NULL,
    park_name                VARCHAR(100)   NOT NULL,
    city                     VARCHAR(20)    NOT NULL,
    investment_wan           DECIMAL(14, 2) NOT NULL,
    industry                 VARCHAR(40)    NOT NULL,
    foreign_invested         BOOLEAN        NOT NULL,
    reform_procedure         VARCHAR(20)    NOT NULL,
    eia_category             VARCHAR(20)    NOT NULL,
    planning_eia_consistent  BOOLEAN        NOT NULL,
    document_names           VARCHAR(2000)  NOT NULL,
    contact_name             VARCHAR(50)    NOT NULL,
    contact_phone            VARCHAR(20)    NOT NULL,
    status                   VARCHAR(30)    NOT NULL,
    ineligible_reason        VARCHAR(500),
    correction_requested_by  VARCHAR(40),
    correction_request       VARCHAR(1000),
    correction_requested_at  DATETIME(3)   NULL,
    correction_reply         VARCHAR(1000),
    result                   VARCHAR(40),
    result_basis             VARCHAR(1000),
    result_comment           VARCHAR(1000),
    replied_by               VARCHAR(64),
    submitted_at             DATETIME(3)   NULL,
    accepted_at              DATETIME(3)   NULL,
    closed_at                DATETIME(3)   NULL,
    version                  INT            NOT NULL,
    CONSTRAINT uk_green_channel_project_no UNIQUE (project_no),
    CONSTRAINT fk_green_channel_project_park FOREIGN KEY (park_id) REFERENCES park (id)
);

-- One row per participating agency: what it reviews, its clock (deadline, pause state) and its opinion.
CREATE TABLE green_channel_review (
    green_channel_project      BIGINT        NOT NULL,
    green_channel_project_key  INT           NOT NULL,
    agency                     VARCHAR(40)   NOT NULL,
    review_type                VARCHAR(40)   NOT NULL,
    review_type_name           VARCHAR(100)  NOT NULL,
    normal_limit_days          INT           NOT NULL,
    limit_days                 INT           NOT NULL,
    status                     VARCHAR(20)   NOT NULL,
    started_on                 DATE,
    deadline                   DATE,
    paused_on                  DATE,
    remaining_days             INT           NOT NULL,
    calendar_warning           VARCHAR(200),
    reminder_sent_at           DATETIME(3)  NULL,
    overdue_at                 DATETIME(3)  NULL,
    outcome                    VARCHAR(40),
    basis                      VARCHAR(1000),
    conditions                 VARCHAR(1000),
    condition_subject          VARCHAR(40),
    comment                    VARCHAR(1000),
    decided_by                 VARCHAR(64),
    decided_at                 DATETIME(3)  NULL,
    PRIMARY KEY (green_channel_project, green_channel_project_key),
    CONSTRAINT fk_green_channel_review_project FOREIGN KEY (green_channel_project) REFERENCES green_channel_project (id)
);

-- Every period a clock stood still (补正, expert review, site inspection, reopened acceptance).
CREATE TABLE green_channel_pause (
    green_channel_project      BIGINT        NOT NULL,
    green_channel_project_key  INT           NOT NULL,
    agency                     VARCHAR(40)   NOT NULL,
    reason                     VARCHAR(30)   NOT NULL,
    note                       VARCHAR(1000),
    paused_at                  DATETIME(3)  NULL,
    paused_on                  DATE          NOT NULL,
    remaining_days             INT           NOT NULL,
    deadline_before            DATE,
    resumed_on                 DATE,
    deadline_after             DATE,
    PRIMARY KEY (green_channel_project, green_channel_project_key),
    CONSTRAINT fk_green_channel_pause_project FOREIGN KEY (green_channel_project) REFERENCES green_channel_project (id)
);

-- 容缺受理 commitments: what was missing, the promise, the deadline and whether it was kept.
CREATE TABLE green_channel_commitment (
    green_channel_project      BIGINT        NOT NULL,
    green_channel_project_key  INT           NOT NULL,
    missing_documents          VARCHAR(1000) NOT NULL,
    commitment_text            VARCHAR(1000) NOT NULL,
    working_days               INT           NOT NULL,
    deadline                   DATE          NOT NULL,
    accepted_at                DATETIME(3)  NULL,
    accepted_by                VARCHAR(64),
    supplied_at                DATETIME(3)  NULL,
    supplied_documents         VARCHAR(1000),
    missed_at                  DATETIME(3)  NULL,
    PRIMARY KEY (green_channel_project, green_channel_project_key),
    CONSTRAINT fk_green_channel_commitment_project FOREIGN KEY (green_channel_project) REFERENCES green_channel_project (id)
);

-- Conditions of an approval that the investor must meet.
CREATE TABLE green_channel_obligation (
    green_channel_project      BIGINT        NOT NULL,
    green_channel_project_key  INT           NOT NULL,
    agency                     VARCHAR(40)   NOT NULL,
    subject                    VARCHAR(40),
    text                       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (green_channel_project, green_channel_project_key),
    CONSTRAINT fk_green_channel_obligation_project FOREIGN KEY (green_channel_project) REFERENCES green_channel_project (id)
);

-- 督办: every expired statutory time limit, kept for the supervision report.
CREATE TABLE green_channel_overdue (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_no           VARCHAR(30)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    agency               VARCHAR(40)   NOT NULL,
    review_type          VARCHAR(40)   NOT NULL,
    task_id              VARCHAR(64),
    task_name            VARCHAR(200),
    due_at               DATETIME(3)  NULL,
    flagged_at           DATETIME(3)  NULL
);
CREATE INDEX ix_green_channel_overdue_agency ON green_channel_overdue (agency);
CREATE INDEX ix_green_channel_overdue_project ON green_channel_overdue (project_no);
