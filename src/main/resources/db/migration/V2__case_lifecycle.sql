-- The rest of the case lifecycle: risk, consent, actions, task records, reviews, further reports.

ALTER TABLE case_file ADD COLUMN risk_level varchar(16);
ALTER TABLE case_file ADD COLUMN urgency_tier smallint CHECK (urgency_tier BETWEEN 1 AND 3);
ALTER TABLE case_file ADD COLUMN closure_outcome varchar(40);
ALTER TABLE case_file ADD COLUMN reopened_at timestamptz;

CREATE TABLE risk_assessment (
    id                  uuid         PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    threat_level        varchar(16)  NOT NULL,
    vulnerability_level varchar(16)  NOT NULL,
    capacity_level      varchar(16)  NOT NULL,
    defender_status     varchar(16)  NOT NULL,
    risk_level          varchar(16)  NOT NULL,
    urgency_tier        smallint     NOT NULL CHECK (urgency_tier BETWEEN 1 AND 3),
    review_interval     varchar(16)  NOT NULL,
    assessed_by         varchar(255) NOT NULL,
    assessed_at         timestamptz  NOT NULL
);
CREATE INDEX risk_assessment_case_idx ON risk_assessment (case_id, assessed_at);

-- The consent register: one row per action type and consent given; withdrawal is recorded, never deleted.
CREATE TABLE consent (
    id           uuid         PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    action_type  varchar(32)  NOT NULL,
    scope        varchar(16)  NOT NULL CHECK (scope IN ('QUIET', 'PUBLIC')),
    given_by     varchar(16)  NOT NULL CHECK (given_by IN ('DEFENDER', 'LAWYER', 'FAMILY')),
    expires_on   date,
    recorded_by  varchar(255) NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    withdrawn_by varchar(255),
    withdrawn_at timestamptz
);
CREATE INDEX consent_case_idx ON consent (case_id, action_type);

CREATE TABLE case_action (
    id           uuid         PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    action_type  varchar(32)  NOT NULL,
    state        varchar(16)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED', 'STOPPED')),
    outcome      varchar(40),
    started_at   timestamptz  NOT NULL,
    completed_at timestamptz
);
CREATE INDEX case_action_case_idx ON case_action (case_id, started_at);

-- What each completed task captured: non-sensitive answers as JSON, free text encrypted.
CREATE TABLE task_record (
    id            uuid         PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES case_file (id),
    action_id     uuid         REFERENCES case_action (id),
    task_key      varchar(100) NOT NULL,
    form_id       varchar(100) NOT NULL,
    answers       jsonb        NOT NULL,
    sensitive_enc bytea,
    completed_by  varchar(255) NOT NULL,
    completed_at  timestamptz  NOT NULL
);
CREATE INDEX task_record_case_idx ON task_record (case_id, completed_at);

-- Threat reports after the first one (the first stays on case_file).
CREATE TABLE threat_report (
    id              uuid         PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    threat_type     varchar(32)  NOT NULL,
    description_enc bytea        NOT NULL,
    occurred_on     date         NOT NULL,
    report_channel  varchar(32)  NOT NULL,
    reported_by     varchar(255) NOT NULL,
    reported_at     timestamptz  NOT NULL
);
CREATE INDEX threat_report_case_idx ON threat_report (case_id, reported_at);
