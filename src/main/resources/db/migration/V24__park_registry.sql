-- Park registry (issue 10): a park is identified by its management committee's 统一社会信用代码, not by its
-- name. Parks recorded before this script keep their rows; their code is NULL until ecology records it (the next
-- application under the same name and city adopts the code it gives). Several NULLs are allowed by the unique
-- index on MySQL and H2 alike.
ALTER TABLE park ADD COLUMN credit_code VARCHAR(18);
ALTER TABLE park ADD COLUMN catalogue_code VARCHAR(30);
ALTER TABLE park ADD COLUMN park_level VARCHAR(20);
ALTER TABLE park ADD COLUMN boundaries VARCHAR(1000);
ALTER TABLE park ADD COLUMN leading_industries VARCHAR(500);
CREATE UNIQUE INDEX uk_park_credit_code ON park (credit_code);

-- The day a status change took effect and the decision's 文号. Rows from before keep NULL: the code reads the
-- day they were recorded (Asia/Shanghai) instead.
ALTER TABLE park_status_change ADD COLUMN effective_on DATE;
ALTER TABLE park_status_change ADD COLUMN document_no VARCHAR(100);

-- Every name a park has borne; the current one is also park.name (unique per city, for lookups by name).
CREATE TABLE park_name (
    park        BIGINT        NOT NULL,
    park_key    INT           NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    valid_from  DATE,
    changed_at  DATETIME(3)   NULL,
    changed_by  VARCHAR(64),
    case_no     VARCHAR(30),
    reason      VARCHAR(500),
    PRIMARY KEY (park, park_key),
    CONSTRAINT fk_park_name_park FOREIGN KEY (park) REFERENCES park (id)
);
INSERT INTO park_name (park, park_key, name, valid_from, changed_at, changed_by, case_no, reason)
SELECT id, 0, name, NULL, NULL, NULL, NULL, '登记名称' FROM park;

-- The credit code an application was filed under (NULL for applications filed before this script).
ALTER TABLE park_application ADD COLUMN credit_code VARCHAR(18);

-- Workflow park-creation (创建申请 → 批准建设 → construction period with yearly progress reports).
CREATE TABLE park_creation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no               VARCHAR(30)    NOT NULL,
    park_id               BIGINT         NOT NULL,
    process_instance_id   VARCHAR(64)    NOT NULL,
    applicant             VARCHAR(64)    NOT NULL,
    credit_code           VARCHAR(18)    NOT NULL,
    park_name             VARCHAR(100)   NOT NULL,
    city                  VARCHAR(20)    NOT NULL,
    park_type             VARCHAR(20)    NOT NULL,
    area_km2              DECIMAL(12, 2) NOT NULL,
    build_plan_summary    VARCHAR(4000)  NOT NULL,
    attachment_names      VARCHAR(2000)  NOT NULL,
    contact_name          VARCHAR(50)    NOT NULL,
    contact_phone         VARCHAR(20)    NOT NULL,
    status                VARCHAR(30)    NOT NULL,
    ineligible_reason     VARCHAR(500),
    approval_document_no  VARCHAR(100),
    approved_on           DATE,
    submitted_at          DATETIME(3)    NULL,
    closed_at             DATETIME(3)    NULL,
    version               INT            NOT NULL,
    CONSTRAINT uk_park_creation_case UNIQUE (case_no),
    CONSTRAINT uk_park_creation_instance UNIQUE (process_instance_id),
    CONSTRAINT fk_park_creation_park FOREIGN KEY (park_id) REFERENCES park (id)
);
CREATE INDEX ix_park_creation_park ON park_creation (park_id);

CREATE TABLE progress_report (
    park_creation      BIGINT         NOT NULL,
    park_creation_key  INT            NOT NULL,
    year_no            INT            NOT NULL,
    summary            VARCHAR(4000)  NOT NULL,
    submitted_by       VARCHAR(64)    NOT NULL,
    submitted_at       DATETIME(3)    NULL,
    PRIMARY KEY (park_creation, park_creation_key),
    CONSTRAINT fk_progress_report_creation FOREIGN KEY (park_creation) REFERENCES park_creation (id)
);
