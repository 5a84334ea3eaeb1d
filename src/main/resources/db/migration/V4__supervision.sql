-- Supervision of named parks (measures 16 and 17 of 鲁环发〔2021〕7号): biennial re-inspection with its
-- spot-check draws, violation cases, and the account that answers for each named park.
-- Portable between H2 (embedded default) and MySQL/MariaDB (production).

-- Who answers for a named park (the account that applied for it), kept from the naming on.
CREATE TABLE park_contact (
    park_id     BIGINT       NOT NULL PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    named_on    DATE         NOT NULL,
    case_no     VARCHAR(30),
    version     INT          NOT NULL,
    CONSTRAINT fk_contact_park FOREIGN KEY (park_id) REFERENCES park (id)
);

-- The spot-check sample of one review batch (the parks due in one month), drawn once and kept so that
-- anyone can draw it again from the seed and the candidates.
CREATE TABLE spot_check_draw (
    review_batch        VARCHAR(7)     NOT NULL PRIMARY KEY,
    seed                BIGINT         NOT NULL,
    spot_check_share    DECIMAL(4, 3)  NOT NULL,
    candidate_park_ids  VARCHAR(4000)  NOT NULL,
    drawn_park_ids      VARCHAR(4000)  NOT NULL,
    drawn_at            DATETIME(3)   NULL,
    version             INT            NOT NULL
);

-- One biennial re-inspection (复查) of one park: cycle n falls due n×2 years after the naming and is started once.
CREATE TABLE review (
    id                              BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_no                       VARCHAR(30)    NOT NULL,
    park_id                         BIGINT         NOT NULL,
    named_on                        DATE           NOT NULL,
    cycle_no                        INT            NOT NULL,
    due_on                          DATE           NOT NULL,
    review_batch                    VARCHAR(7)     NOT NULL,
    spot_checked                    BOOLEAN        NOT NULL,
    process_instance_id             VARCHAR(64),
    contact                         VARCHAR(64),
    status                          VARCHAR(30)    NOT NULL,
    review_round                    INT            NOT NULL,
    carbon_intensity_reduction_pct  DECIMAL(5, 2),
    three_lines_compliant           BOOLEAN,
    green_island_facilities         INT,
    planning_eia_status             VARCHAR(20),
    self_check_report               VARCHAR(2000),
    attachment_names                VARCHAR(2000),
    self_checked_at                 DATETIME(3)   NULL,
    total_score                     INT,
    failed_indicator_count          INT,
    indicators_met                  BOOLEAN,
    spot_check_disagreements        INT,
    verdict                         VARCHAR(20),
    verdict_reason                  VARCHAR(500),
    rectification_deadline          DATETIME(3)   NULL,
    rectification_report            VARCHAR(2000),
    rectification_attachment_names  VARCHAR(2000),
    rectification_reported_at       DATETIME(3)   NULL,
    rectification_overdue           BOOLEAN        NOT NULL,
    opened_at                       DATETIME(3)   NULL,
    closed_at                       DATETIME(3)   NULL,
    closing_note                    VARCHAR(500),
    version                         INT            NOT NULL,
    CONSTRAINT uk_review_no UNIQUE (review_no),
    CONSTRAINT uk_review_cycle UNIQUE (park_id, named_on, cycle_no),
    CONSTRAINT fk_review_park FOREIGN KEY (park_id) REFERENCES park (id)
);
CREATE INDEX ix_review_park ON review (park_id);

CREATE TABLE review_score (
    review          BIGINT       NOT NULL,
    review_key      INT          NOT NULL,
    review_round    INT          NOT NULL,
    indicator       VARCHAR(40)  NOT NULL,
    score           INT          NOT NULL,
    passed          BOOLEAN      NOT NULL,
    note            VARCHAR(200),
    PRIMARY KEY (review, review_key),
    CONSTRAINT fk_score_review FOREIGN KEY (review) REFERENCES review (id)
);

-- A serious environmental violation or major incident reported by ecology, and what was decided on it.
CREATE TABLE violation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no               VARCHAR(30)    NOT NULL,
    park_id               BIGINT         NOT NULL,
    process_instance_id   VARCHAR(64),
    kind                  VARCHAR(30)    NOT NULL,
    case_reference        VARCHAR(100)   NOT NULL,
    occurred_on           DATE           NOT NULL,
    description           VARCHAR(2000)  NOT NULL,
    reported_by           VARCHAR(64)    NOT NULL,
    reported_at           DATETIME(3)   NULL,
    park_status           VARCHAR(30)    NOT NULL,
    sanction              VARCHAR(20),
    sanction_explanation  VARCHAR(500),
    status                VARCHAR(30)    NOT NULL,
    decided_by            VARCHAR(64),
    decided_at            DATETIME(3)   NULL,
    closed_at             DATETIME(3)   NULL,
    version               INT            NOT NULL,
    CONSTRAINT uk_violation_case_no UNIQUE (case_no),
    CONSTRAINT fk_violation_park FOREIGN KEY (park_id) REFERENCES park (id)
);
CREATE INDEX ix_violation_park ON violation (park_id);
