-- Issue 14: who changed the models, when, and what — every deployment (Camunda Modeler through the engine REST
-- API, the Java API, the start-up deployment), every refused deployment with its problems, and every migration of
-- running cases with its report. Portable between H2 and MySQL/MariaDB; details is JSON text.
CREATE TABLE model_change (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    actor            VARCHAR(64),
    changed_at       DATETIME(3)   NOT NULL,
    deployment_id    VARCHAR(64),
    deployment_name  VARCHAR(255),
    source           VARCHAR(255),
    process_key      VARCHAR(1000),
    summary          VARCHAR(2000) NOT NULL,
    details          MEDIUMTEXT
);
CREATE INDEX ix_model_change_at ON model_change (changed_at);
CREATE INDEX ix_model_change_key ON model_change (process_key);
