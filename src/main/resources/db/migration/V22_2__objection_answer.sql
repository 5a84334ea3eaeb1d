-- Issue 12, 公示: any number of objections during the period, each answered on the record.
ALTER TABLE objection ADD COLUMN answer VARCHAR(1000);
ALTER TABLE objection ADD COLUMN answered_by VARCHAR(64);
ALTER TABLE objection ADD COLUMN answered_at DATETIME(3) NULL;
