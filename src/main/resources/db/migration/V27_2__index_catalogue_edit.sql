-- Issue 10 point 3: an administrator's edit of the index system is a new catalogue version kept with who, when and
-- why; versions are never changed, so an application's recorded version still says what judged it.
CREATE TABLE index_catalogue_edit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     VARCHAR(20)   NOT NULL,
    content     MEDIUMTEXT    NOT NULL,
    edited_by   VARCHAR(64)   NOT NULL,
    edited_at   DATETIME(3)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_index_catalogue_edit_version UNIQUE (version)
);
