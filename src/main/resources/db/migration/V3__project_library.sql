-- Project libraries (measures 11 and 12): one record per project, shared by the pollution-prevention and the
-- green-finance library, its intakes (one per case), funding tranches, bank actions, which opinions may be
-- shown to finsup and the banks, and the audit of bank users' reads of financing data.
-- Amounts in 万元 (10,000 CNY). Portable between H2 and MySQL/MariaDB.

CREATE TABLE library_project (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    park_id            BIGINT,
    city               VARCHAR(20)    NOT NULL,
    park_name          VARCHAR(100)   NOT NULL,
    project_name       VARCHAR(100)   NOT NULL,
    project_type       VARCHAR(20)    NOT NULL,
    total_investment   DECIMAL(14, 2) NOT NULL,
    readiness          VARCHAR(30)    NOT NULL,
    cod_reduction      DECIMAL(14, 2) NOT NULL,
    ammonia_reduction  DECIMAL(14, 2) NOT NULL,
    nox_reduction      DECIMAL(14, 2) NOT NULL,
    vocs_reduction     DECIMAL(14, 2) NOT NULL,
    description        VARCHAR(2000)  NOT NULL,
    contact_name       VARCHAR(50)    NOT NULL,
    contact_phone      VARCHAR(20)    NOT NULL,
    declared_by        VARCHAR(64)    NOT NULL,
    version            INT            NOT NULL,
    CONSTRAINT uk_library_project UNIQUE (city, park_name, project_name),
    CONSTRAINT fk_library_project_park FOREIGN KEY (park_id) REFERENCES park (id)
);

CREATE TABLE library_intake (
    library_project        BIGINT         NOT NULL,
    library_project_key    INT            NOT NULL,
    library                VARCHAR(30)    NOT NULL,
    case_no                VARCHAR(30)    NOT NULL,
    process_instance_id    VARCHAR(64),
    applicant              VARCHAR(64)    NOT NULL,
    status                 VARCHAR(40)    NOT NULL,
    requested_amount       DECIMAL(14, 2) NOT NULL,
    loan_term_months       INT,
    mature                 BOOLEAN,
    suggested_priority     VARCHAR(20),
    entry_note             VARCHAR(500),
    priority               VARCHAR(20),
    priority_review        BOOLEAN,
    priority_disbursement  BOOLEAN,
    preferential_rate      BOOLEAN,
    term_extension         BOOLEAN,
    preference_note        VARCHAR(500),
    refusal_reason         VARCHAR(2000),
    submitted_at           DATETIME(3)   NULL,
    admitted_at            DATETIME(3)   NULL,
    closed_at              DATETIME(3)   NULL,
    PRIMARY KEY (library_project, library_project_key),
    CONSTRAINT uk_library_intake_case UNIQUE (case_no),
    CONSTRAINT fk_intake_project FOREIGN KEY (library_project) REFERENCES library_project (id)
);
CREATE INDEX ix_library_intake_list ON library_intake (library, status);

CREATE TABLE funding_tranche (
    library_project      BIGINT         NOT NULL,
    library_project_key  INT            NOT NULL,
    case_no              VARCHAR(30)    NOT NULL,
    seq                  INT            NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    planned_on           DATE           NOT NULL,
    recorded_by          VARCHAR(64)    NOT NULL,
    recorded_at          DATETIME(3)   NULL,
    PRIMARY KEY (library_project, library_project_key),
    CONSTRAINT fk_tranche_project FOREIGN KEY (library_project) REFERENCES library_project (id)
);

CREATE TABLE bank_action (
    library_project      BIGINT         NOT NULL,
    library_project_key  INT            NOT NULL,
    case_no              VARCHAR(30)    NOT NULL,
    bank                 VARCHAR(40)    NOT NULL,
    outcome              VARCHAR(40)    NOT NULL,
    amount               DECIMAL(14, 2),
    rate_pct             DECIMAL(5, 2),
    term_months          INT,
    extension_months     INT,
    measures             VARCHAR(1000),
    reason               VARCHAR(1000),
    recorded_by          VARCHAR(64)    NOT NULL,
    recorded_at          DATETIME(3)   NULL,
    PRIMARY KEY (library_project, library_project_key),
    CONSTRAINT fk_bank_action_project FOREIGN KEY (library_project) REFERENCES library_project (id)
);

CREATE TABLE opinion_share (
    library_project      BIGINT       NOT NULL,
    library_project_key  INT          NOT NULL,
    task_id              VARCHAR(64)  NOT NULL,
    share_with_banks     BOOLEAN      NOT NULL,
    PRIMARY KEY (library_project, library_project_key),
    CONSTRAINT fk_opinion_share_project FOREIGN KEY (library_project) REFERENCES library_project (id)
);

-- Every read of a project's financing data by a bank user (PBoC, CBIRC, CDB): who, when, which project, where.
CREATE TABLE financing_data_read (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    reader      VARCHAR(64)   NOT NULL,
    agency      VARCHAR(40)   NOT NULL,
    project_id  BIGINT,
    case_no     VARCHAR(30),
    read_via    VARCHAR(10)   NOT NULL,
    source      VARCHAR(300)  NOT NULL,
    read_at     DATETIME(3)  NULL
);
CREATE INDEX ix_financing_data_read_project ON financing_data_read (project_id);
