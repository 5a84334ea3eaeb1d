-- The financing read audit names the case and project of a bank's read from the intake, found by the task's
-- process instance (never from the case's variables, which a task's user could once overwrite).
CREATE INDEX ix_library_intake_process ON library_intake (process_instance_id);
