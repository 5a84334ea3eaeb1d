-- Indexes on Camunda's own tables that Camunda 7.24 does not create and our queues need (issue 16).
-- Not a Flyway migration: Flyway owns the domain tables only and runs before the engine creates its tables on a
-- fresh database. engine.EngineIndexes applies this file after the engine has created or upgraded its tables, on
-- every start: a line whose index already exists on its table is skipped, so the file only ever grows. An index no
-- longer needed is retired by a DROP line in place of its CREATE line, dropped where a database still has it.
-- One statement per line: CREATE INDEX <name> ON <table> (<columns>); or DROP INDEX <name> ON <table>;

-- A group's tasks from the index alone (task lists and counts by candidate group, the dashboard's open tasks);
-- Camunda's ACT_IDX_IDENT_LNK_GROUP holds GROUP_ID_ only, so every link of the group was read from the table.
CREATE INDEX ECO_IDX_IDENT_LNK_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
-- Retired: a prefix of ECO_IDX_TASK_DUE_CREATE_ID below, which serves overdue tasks (the dashboard, the 已超期
-- filters) and due-date lists as well; each task written kept both up to date.
DROP INDEX ECO_IDX_TASK_DUE_DATE ON ACT_RU_TASK;
-- The dashboard's finished tasks of the last year: when each ended and started, from the index alone ...
CREATE INDEX ECO_IDX_HI_TASK_END_START ON ACT_HI_TASKINST (END_TIME_, START_TIME_);
-- ... and the groups each was offered to, from the index alone.
CREATE INDEX ECO_IDX_HI_IDENT_LNK_TASK_GROUP ON ACT_HI_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_);
-- A queue's page sorted by due date (engine.QueueWalk): the open tasks in the order Tasklist asks for (due date
-- ascending, newest first among equal due dates; read backwards for due date descending), from the index alone.
CREATE INDEX ECO_IDX_TASK_DUE_CREATE_ID ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, ID_);
