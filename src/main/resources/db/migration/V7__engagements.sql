-- Senior officials' visits and political dialogues (with their briefing pack), and the annual
-- meeting between the mission's defenders and diplomats. Only ids, enums, dates, counts and
-- flags: the free text of these duties lives in their task records (sensitive_ fields, encrypted).

CREATE TABLE engagement (
    id                  uuid         PRIMARY KEY,
    reference           varchar(40)  NOT NULL UNIQUE,
    mission_id          varchar(64)  NOT NULL,
    kind                varchar(24)  NOT NULL CHECK (kind IN ('VISIT', 'POLITICAL_DIALOGUE')),
    visitor_level       varchar(32)  NOT NULL CHECK (visitor_level IN ('MINISTER', 'SPECIAL_REPRESENTATIVE',
                            'SENIOR_OFFICIAL', 'HEAD_OF_MISSION')),
    scheduled_on        date         NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('PREPARING', 'BRIEFED', 'HELD', 'CLOSED', 'CANCELLED')),
    pack_compiled_at    timestamptz,
    state_answered      boolean,
    created_by          varchar(255) NOT NULL,
    created_at          timestamptz  NOT NULL,
    process_instance_id varchar(64)
);
CREATE INDEX engagement_mission_idx ON engagement (mission_id, scheduled_on);

-- The briefing pack's snapshot: the mission's open cases when the pack was compiled.
CREATE TABLE engagement_case (
    engagement_id    uuid        NOT NULL REFERENCES engagement (id),
    case_id          uuid        NOT NULL REFERENCES case_file (id),
    mission_id       varchar(64) NOT NULL,
    stage            varchar(32) NOT NULL,
    urgency_tier     smallint    CHECK (urgency_tier BETWEEN 1 AND 3),
    risk_level       varchar(16),
    recommendation   varchar(24) NOT NULL CHECK (recommendation IN ('RAISE_PUBLICLY', 'RAISE_PRIVATELY', 'DO_NOT_RAISE')),
    meeting_proposed boolean     NOT NULL,
    raised           boolean     NOT NULL DEFAULT false,
    answer_received  boolean     NOT NULL DEFAULT false,
    follow_up        boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (engagement_id, case_id)
);
CREATE INDEX engagement_case_case_idx ON engagement_case (case_id);

CREATE TABLE annual_meeting (
    id                  uuid         PRIMARY KEY,
    reference           varchar(40)  NOT NULL UNIQUE,
    mission_id          varchar(64)  NOT NULL,
    meeting_year        integer      NOT NULL CHECK (meeting_year BETWEEN 2000 AND 2200),
    planned_on          date         NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('PLANNING', 'INVITING', 'INVITED', 'HELD', 'STOPPED')),
    attendees           integer      CHECK (attendees >= 0),
    created_by          varchar(255) NOT NULL,
    created_at          timestamptz  NOT NULL,
    process_instance_id varchar(64),
    CONSTRAINT annual_meeting_once_per_mission_and_year UNIQUE (mission_id, meeting_year)
);

-- One row per defender on a meeting's list; only those who consented are invited (do no harm).
CREATE TABLE meeting_invitation (
    id                uuid        PRIMARY KEY,
    meeting_id        uuid        NOT NULL REFERENCES annual_meeting (id),
    defender_id       uuid        NOT NULL REFERENCES defender (id),
    mission_id        varchar(64) NOT NULL,
    consent           varchar(16) NOT NULL CHECK (consent IN ('PENDING', 'CONSENTED', 'DECLINED')),
    preferred_channel varchar(24),
    invited           boolean     NOT NULL DEFAULT false,
    attended          boolean     NOT NULL DEFAULT false,
    CONSTRAINT meeting_invitation_once_per_defender UNIQUE (meeting_id, defender_id)
);
CREATE INDEX meeting_invitation_defender_idx ON meeting_invitation (defender_id);
