-- The staff's day: applicant lookup codes, uploaded documents, and the cities' creation plans for the
-- progress dashboard. Shared by every workflow (rows are keyed by case number / case type), portable
-- between H2 and MySQL/MariaDB.

-- The applicant's progress-lookup code, one per case: only a salted PBKDF2 hash is kept, never the code.
CREATE TABLE case_lookup_code (
    case_no      VARCHAR(30)  NOT NULL PRIMARY KEY,
    case_type    VARCHAR(64)  NOT NULL,
    code_hash    VARCHAR(200) NOT NULL,
    issued_by    VARCHAR(64)  NOT NULL,
    issued_at    DATETIME(3) NULL
);

-- Documents the applicant uploaded (PDF, PNG, JPEG; at most 10 MB each), kept in the database with the
-- case: one backup, one transaction, no shared folder between nodes. LONGBLOB: MySQL's BLOB stops at 64 KB.
CREATE TABLE case_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_type     VARCHAR(64)  NOT NULL,
    case_no       VARCHAR(30)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(50)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(3) NULL,
    content       LONGBLOB     NOT NULL
);
CREATE INDEX ix_case_attachment_case ON case_attachment (case_no);

-- Measure 6: each city's creation plan (parks it plans to have named by the end of 2025) and its number of
-- industrial parks (the base of the 50 % target of measure 5). demo = seeded placeholder, not an official figure.
CREATE TABLE city_creation_plan (
    city                VARCHAR(20)  NOT NULL PRIMARY KEY,
    planned_parks_2025  INT          NOT NULL,
    industrial_parks    INT          NOT NULL,
    demo                BOOLEAN      NOT NULL,
    updated_by          VARCHAR(64),
    updated_at          DATETIME(3) NULL
);
