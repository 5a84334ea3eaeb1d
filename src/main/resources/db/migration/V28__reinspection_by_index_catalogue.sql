-- Issue 10: the biennial re-inspection is judged by the index-system catalogue, as the acceptance is. A review keeps
-- the catalogue data the park reported, which version judged it and what was not met. The invented four-item
-- scoring (park-evaluation.dmn: 30/25/20/25 points, 70-point bar) is gone: nothing reads its columns any more.
-- Sizes keep the review row under MySQL's 65,535-byte limit (utf8mb4); Review shortens a longer blocking list.
ALTER TABLE review ADD COLUMN index_values VARCHAR(3000);
ALTER TABLE review ADD COLUMN index_catalogue_version VARCHAR(20);
ALTER TABLE review ADD COLUMN index_blocking VARCHAR(2000);
ALTER TABLE review DROP COLUMN total_score;
ALTER TABLE review DROP COLUMN failed_indicator_count;
DROP TABLE review_score;
ALTER TABLE park_application DROP COLUMN evaluation_total_score;
ALTER TABLE park_application DROP COLUMN evaluation_verdict;
DROP TABLE indicator_score;
