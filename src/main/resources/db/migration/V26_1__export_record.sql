-- Every export a manager, ecology or an administrator downloads: who, when, what, which period, how many rows.
CREATE TABLE export_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    exported_by  VARCHAR(64)  NOT NULL,
    exported_at  DATETIME(3)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    case_type    VARCHAR(40),
    period_from  DATE,
    period_to    DATE,
    format       VARCHAR(10)  NOT NULL,
    row_count    INT          NOT NULL
);
