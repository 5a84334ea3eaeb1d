-- Issue 11 part A, 抄送: a read-only copy of a case to a person (a group is expanded to its members when sent, the
-- group is kept to say why). Rows are never changed except when the recipient marks the copy read.
CREATE TABLE carbon_copy (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no              VARCHAR(30)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    from_task_id         VARCHAR(64),
    sender               VARCHAR(64)   NOT NULL,
    recipient            VARCHAR(64)   NOT NULL,
    recipient_group      VARCHAR(64),
    note                 VARCHAR(1000),
    copy_task_id         VARCHAR(64),
    sent_at              DATETIME(3)   NOT NULL,
    read_at              DATETIME(3)   NULL
);
CREATE INDEX ix_carbon_copy_recipient ON carbon_copy (recipient, case_no);
CREATE INDEX ix_carbon_copy_case ON carbon_copy (case_no);
