-- Issue 12, due process before sanctions: the written notice to the park with its grounds (事先告知), the statement
-- period in working days with the setting's source, the statement or hearing, and the decision with every agency's
-- opinion and any dissent. One row per notice; a re-inspection may have two (missed self-check, revocation).
CREATE TABLE sanction_procedure (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no                  VARCHAR(30)    NOT NULL,
    process_instance_id      VARCHAR(64)    NOT NULL,
    park_id                  BIGINT         NOT NULL,
    purpose                  VARCHAR(30)    NOT NULL,
    proposed_measure         VARCHAR(200)   NOT NULL,
    grounds                  VARCHAR(2000)  NOT NULL,
    notified_by              VARCHAR(64)    NOT NULL,
    notified_at              DATETIME(3)    NULL,
    statement_working_days   INT            NOT NULL,
    statement_period_source  VARCHAR(300)   NOT NULL,
    statement_deadline       DATE           NOT NULL,
    statement_status         VARCHAR(30)    NOT NULL,
    statement                VARCHAR(2000),
    statement_at             DATETIME(3)    NULL,
    hearing_record           VARCHAR(4000),
    hearing_by               VARCHAR(64),
    hearing_at               DATETIME(3)    NULL,
    decision                 VARCHAR(30),
    decision_opinions        VARCHAR(4000),
    dissent                  VARCHAR(2000),
    decision_comment         VARCHAR(1000),
    decided_by               VARCHAR(64),
    decided_at               DATETIME(3)    NULL,
    version                  INT            NOT NULL,
    CONSTRAINT fk_sanction_procedure_park FOREIGN KEY (park_id) REFERENCES park (id)
);
CREATE INDEX ix_sanction_procedure_instance ON sanction_procedure (process_instance_id);
