-- Escalations of stalled work: one row per watched task and level, so a timer that fires twice
-- (retry, two nodes, lock expiry) cannot escalate twice.
CREATE TABLE escalation (
    id             uuid         PRIMARY KEY,
    case_id        uuid         NOT NULL REFERENCES case_file (id),
    mission_id     varchar(64)  NOT NULL,
    case_reference varchar(40)  NOT NULL,
    stage          varchar(100) NOT NULL,
    task_id        varchar(64)  NOT NULL,
    level          smallint     NOT NULL CHECK (level BETWEEN 1 AND 3),
    due_at         timestamptz  NOT NULL,
    fired_at       timestamptz  NOT NULL,
    resolved_at    timestamptz,
    decision       varchar(20),
    decided_by     varchar(255),
    decided_at     timestamptz,
    CONSTRAINT escalation_once_per_task_and_level UNIQUE (task_id, level)
);
CREATE INDEX escalation_open_idx ON escalation (mission_id, fired_at) WHERE resolved_at IS NULL;
