-- Reprisals: the harm the mission's own visibility can cause a defender. A watch opens on every
-- act that makes the defender's link to the mission visible (a published statement, an attended
-- hearing, a UN submission, a raise at a high-level engagement, the annual meeting...) and runs
-- for REPRISAL_WATCH days (Cadences.dmn) with check-ins. Ids and enum values only: the engagement
-- is named by the id of its row (an action, a referral, an engagement), never by a name.
CREATE TABLE reprisal_watch (
    id                  uuid         PRIMARY KEY,
    mission_id          varchar(64)  NOT NULL,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    defender_id         uuid,
    engagement_kind     varchar(40)  NOT NULL CHECK (engagement_kind IN ('PUBLIC_STATEMENT', 'TRIAL_ATTENDANCE',
                            'UN_SUBMISSION', 'VISITING_OFFICIAL_MEETING', 'DIALOGUE_RAISE', 'ANNUAL_MEETING',
                            'RETURN_FROM_RELOCATION')),
    engagement_ref      varchar(64)  NOT NULL,
    engagement_at       timestamptz  NOT NULL,
    opened_at           timestamptz  NOT NULL,
    ends_at             timestamptz  NOT NULL,
    closed_at           timestamptz,
    process_instance_id varchar(64)
);

-- At most one open watch per case: a further engagement extends it (and is listed below).
CREATE UNIQUE INDEX reprisal_watch_open_once ON reprisal_watch (case_id) WHERE closed_at IS NULL;
CREATE INDEX reprisal_watch_mission_idx ON reprisal_watch (mission_id, defender_id);

-- Every engagement a watch covers (the first, and those that extended it).
CREATE TABLE reprisal_watch_engagement (
    watch_id            uuid         NOT NULL REFERENCES reprisal_watch (id),
    mission_id          varchar(64)  NOT NULL,
    engagement_kind     varchar(40)  NOT NULL,
    engagement_ref      varchar(64)  NOT NULL,
    engagement_at       timestamptz  NOT NULL,
    PRIMARY KEY (watch_id, engagement_kind, engagement_ref)
);

-- A suspected reprisal: seen at a check-in, or a threat report on the defender during (or within
-- the watch period after) a watch. A threat report's link is proposed (confirmed NULL) until an
-- officer confirms or rejects it; the month's report counts confirmed reprisals by engagement kind.
-- The officer's notes stay in the task records (sealed), never here or in the engine.
CREATE TABLE reprisal (
    id                  uuid         PRIMARY KEY,
    mission_id          varchar(64)  NOT NULL,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    watch_id            uuid         NOT NULL REFERENCES reprisal_watch (id),
    engagement_kind     varchar(40)  NOT NULL,
    reprisal_kind       varchar(20)  CHECK (reprisal_kind IN ('THREAT', 'SURVEILLANCE', 'ARREST', 'DEFAMATION',
                            'TRAVEL_BAN', 'ATTACK', 'OTHER')),
    source              varchar(20)  NOT NULL CHECK (source IN ('THREAT_REPORT', 'CHECK_IN')),
    report_case_id      uuid         REFERENCES case_file (id),
    recorded_at         timestamptz  NOT NULL,
    confirmed           boolean,
    decided_by          varchar(255),
    decided_at          timestamptz
);
CREATE INDEX reprisal_mission_idx ON reprisal (mission_id, recorded_at);
