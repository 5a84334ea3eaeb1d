-- Domain tables of ecopark-flow. Camunda's own ACT_ tables are created by the engine, never here.
-- Portable between H2 (embedded default) and MySQL/MariaDB (production). Instants are DATETIME(3):
-- MySQL/MariaDB TIMESTAMP ends on 2038-01-19, within the life of a three-year ban or a ten-year archive.

CREATE TABLE case_number_sequence (
    prefix      VARCHAR(10) NOT NULL,
    case_year   INT         NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (prefix, case_year)
);

CREATE TABLE park (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    city            VARCHAR(20)  NOT NULL,
    park_type       VARCHAR(20)  NOT NULL,
    area_km2        DECIMAL(12, 2),
    status          VARCHAR(30)  NOT NULL,
    approved_on     DATE,
    named_on        DATE,
    revoked_on      DATE,
    struck_off_on   DATE,
    version         INT          NOT NULL,
    CONSTRAINT uk_park_city_name UNIQUE (city, name)
);

CREATE TABLE park_status_change (
    park            BIGINT       NOT NULL,
    park_key        INT          NOT NULL,
    from_status     VARCHAR(30),
    to_status       VARCHAR(30)  NOT NULL,
    changed_at      DATETIME(3) NULL,
    changed_by      VARCHAR(64),
    case_no         VARCHAR(30),
    reason          VARCHAR(500),
    PRIMARY KEY (park, park_key),
    CONSTRAINT fk_status_change_park FOREIGN KEY (park) REFERENCES park (id)
);

CREATE TABLE park_application (
    id                              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_no                  VARCHAR(30)   NOT NULL,
    park_id                         BIGINT        NOT NULL,
    process_instance_id             VARCHAR(64),
    applicant                       VARCHAR(64)   NOT NULL,
    park_name                       VARCHAR(100)  NOT NULL,
    city                            VARCHAR(20)   NOT NULL,
    park_type                       VARCHAR(20)   NOT NULL,
    area_km2                        DECIMAL(12, 2) NOT NULL,
    carbon_intensity_reduction_pct  DECIMAL(5, 2) NOT NULL,
    three_lines_compliant           BOOLEAN       NOT NULL,
    green_island_facilities         INT           NOT NULL,
    planning_eia_status             VARCHAR(20)   NOT NULL,
    planning_eia_conclusion         VARCHAR(2000),
    attachment_names                VARCHAR(2000) NOT NULL,
    contact_name                    VARCHAR(50)   NOT NULL,
    contact_phone                   VARCHAR(20)   NOT NULL,
    status                          VARCHAR(30)   NOT NULL,
    ineligible_reason               VARCHAR(500),
    correction_reasons              VARCHAR(1000),
    evaluation_total_score          INT,
    evaluation_verdict              VARCHAR(20),
    notice_ends_at                  DATETIME(3)  NULL,
    submitted_at                    DATETIME(3)  NULL,
    closed_at                       DATETIME(3)  NULL,
    version                         INT           NOT NULL,
    CONSTRAINT uk_park_application_no UNIQUE (application_no),
    CONSTRAINT fk_application_park FOREIGN KEY (park_id) REFERENCES park (id)
);

CREATE TABLE review_condition (
    park_application      BIGINT        NOT NULL,
    park_application_key  INT           NOT NULL,
    agency                VARCHAR(40)   NOT NULL,
    text                  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (park_application, park_application_key),
    CONSTRAINT fk_condition_application FOREIGN KEY (park_application) REFERENCES park_application (id)
);

CREATE TABLE indicator_score (
    park_application      BIGINT       NOT NULL,
    park_application_key  INT          NOT NULL,
    indicator             VARCHAR(40)  NOT NULL,
    score                 INT          NOT NULL,
    passed                BOOLEAN      NOT NULL,
    note                  VARCHAR(200),
    PRIMARY KEY (park_application, park_application_key),
    CONSTRAINT fk_score_application FOREIGN KEY (park_application) REFERENCES park_application (id)
);

CREATE TABLE objection (
    park_application      BIGINT        NOT NULL,
    park_application_key  INT           NOT NULL,
    content               VARCHAR(2000) NOT NULL,
    received_at           DATETIME(3)  NULL,
    registered_by         VARCHAR(64),
    PRIMARY KEY (park_application, park_application_key),
    CONSTRAINT fk_objection_application FOREIGN KEY (park_application) REFERENCES park_application (id)
);

-- Every decision taken on any case of any workflow: who, which agency, when, outcome, comment.
CREATE TABLE approval_record (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_type            VARCHAR(64)   NOT NULL,
    case_no              VARCHAR(30),
    process_instance_id  VARCHAR(64)   NOT NULL,
    task_id              VARCHAR(64),
    step_key             VARCHAR(64)   NOT NULL,
    step_name            VARCHAR(200),
    agency               VARCHAR(40),
    actor                VARCHAR(64)   NOT NULL,
    outcome              VARCHAR(40)   NOT NULL,
    basis                VARCHAR(1000),
    conditions           VARCHAR(1000),
    comment              VARCHAR(1000),
    decided_at           DATETIME(3)  NULL
);
CREATE INDEX ix_approval_record_instance ON approval_record (process_instance_id);
CREATE INDEX ix_approval_record_case ON approval_record (case_no);

CREATE TABLE subsidy (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    park_id         BIGINT         NOT NULL,
    application_no  VARCHAR(30)    NOT NULL,
    decision        VARCHAR(20)    NOT NULL,
    awarded_amount  DECIMAL(12, 2) NOT NULL,
    decided_by      VARCHAR(64)    NOT NULL,
    decided_at      DATETIME(3)   NULL,
    version         INT            NOT NULL,
    CONSTRAINT uk_subsidy_application UNIQUE (application_no),
    CONSTRAINT fk_subsidy_park FOREIGN KEY (park_id) REFERENCES park (id)
);

CREATE TABLE disbursement (
    subsidy       BIGINT         NOT NULL,
    subsidy_key   INT            NOT NULL,
    amount        DECIMAL(12, 2) NOT NULL,
    disbursed_on  DATE           NOT NULL,
    voucher_no    VARCHAR(50)    NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    recorded_at   DATETIME(3)   NULL,
    PRIMARY KEY (subsidy, subsidy_key),
    CONSTRAINT fk_disbursement_subsidy FOREIGN KEY (subsidy) REFERENCES subsidy (id)
);
