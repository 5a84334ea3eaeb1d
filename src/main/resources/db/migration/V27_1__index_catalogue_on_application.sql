-- Issue 10 point 3: the acceptance application's data against the index-system catalogue, which catalogue
-- version judged it, what blocked naming, and ecology's override (文号, reason, who) when it named anyway.
ALTER TABLE park_application ADD COLUMN index_values VARCHAR(4000);
ALTER TABLE park_application ADD COLUMN index_catalogue_version VARCHAR(20);
ALTER TABLE park_application ADD COLUMN index_blocking VARCHAR(4000);
ALTER TABLE park_application ADD COLUMN index_override_no VARCHAR(100);
ALTER TABLE park_application ADD COLUMN index_override_reason VARCHAR(1000);
ALTER TABLE park_application ADD COLUMN index_override_by VARCHAR(100);
