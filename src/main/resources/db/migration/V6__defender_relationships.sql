-- Standing relationships with defenders: a liaison officer (and deputy) per defender, regular
-- contact at a cadence set by the defender's risk tier, periodic digital-security checks.
-- No free text here: notes live encrypted in task_record (sensitive_* form fields).

CREATE TABLE defender_relationship (
    id                      uuid         PRIMARY KEY,
    reference               varchar(40)  NOT NULL UNIQUE,
    mission_id              varchar(64)  NOT NULL,
    defender_id             uuid         NOT NULL REFERENCES defender (id),
    liaison_officer         varchar(255) NOT NULL,
    deputy_officer          varchar(255),
    contact_tier            smallint     NOT NULL CHECK (contact_tier BETWEEN 1 AND 3),
    next_contact_due        date,
    next_security_check_due date,
    started_at              timestamptz  NOT NULL,
    started_by              varchar(255) NOT NULL,
    ended_at                timestamptz,
    ended_by                varchar(255),
    end_reason              varchar(32)  CHECK (end_reason IN ('DEFENDER_REQUEST', 'RELOCATED', 'NO_LONGER_AT_RISK', 'OTHER')),
    contact_process_id      varchar(64),
    security_process_id     varchar(64),
    CONSTRAINT defender_relationship_deputy_differs CHECK (deputy_officer IS NULL OR deputy_officer <> liaison_officer),
    CONSTRAINT defender_relationship_end_complete CHECK (
        (ended_at IS NULL AND ended_by IS NULL AND end_reason IS NULL)
        OR (ended_at IS NOT NULL AND ended_by IS NOT NULL AND end_reason IS NOT NULL))
);

-- At most one active relationship per defender (the API answers 409; this holds under races too).
CREATE UNIQUE INDEX defender_relationship_one_active_idx ON defender_relationship (defender_id) WHERE ended_at IS NULL;
CREATE INDEX defender_relationship_mission_idx ON defender_relationship (mission_id, reference);

CREATE TABLE contact_log (
    id                 uuid         PRIMARY KEY,
    relationship_id    uuid         NOT NULL REFERENCES defender_relationship (id),
    mission_id         varchar(64)  NOT NULL,
    contact_kind       varchar(32)  NOT NULL CHECK (contact_kind IN ('EMBASSY_INVITATION', 'OFFICE_VISIT', 'CALL',
                           'SECURE_MESSAGE', 'MEETING_ELSEWHERE')),
    contacted_on       date         NOT NULL,
    defender_situation varchar(16)  NOT NULL CHECK (defender_situation IN ('SAFE', 'CONCERN')),
    logged_by          varchar(255) NOT NULL,
    logged_at          timestamptz  NOT NULL
);
CREATE INDEX contact_log_relationship_idx ON contact_log (relationship_id, contacted_on);

CREATE TABLE digital_security_check (
    id              uuid         PRIMARY KEY,
    relationship_id uuid         NOT NULL REFERENCES defender_relationship (id),
    mission_id      varchar(64)  NOT NULL,
    checked_on      date         NOT NULL,
    -- Yes/no answers only, e.g. {"devicesUpdated": true, "twoFactorEnabled": false}: never text.
    checklist       jsonb        NOT NULL CHECK (jsonb_typeof(checklist) = 'object'
                        AND NOT jsonb_path_exists(checklist, '$.* ? (@.type() != "boolean")')),
    finding         boolean      NOT NULL,
    referred_to     varchar(32)  CHECK (referred_to IN ('ACCESS_NOW_HELPLINE', 'FRONT_LINE_DEFENDERS', 'OTHER')),
    referred_on     date,
    checked_by      varchar(255) NOT NULL,
    checked_at      timestamptz  NOT NULL,
    CONSTRAINT digital_security_check_referral_complete CHECK ((referred_to IS NULL) = (referred_on IS NULL))
);
CREATE INDEX digital_security_check_relationship_idx ON digital_security_check (relationship_id, checked_on);
