-- Coordination with like-minded missions and multilateral work: partner missions of each mission,
-- cases shared with them (pseudonymous summary, encrypted), joint actions, referrals to the UN
-- (Human Rights Council, General Assembly Third Committee, special procedures) with the state's
-- 60-day reply clock, and engagement of national human-rights institutions (Paris Principles).
-- Every row carries mission_id; free text lives only in *_enc columns or in task records.

CREATE TABLE partner_mission (
    id         uuid         PRIMARY KEY,
    mission_id varchar(64)  NOT NULL,
    name       varchar(200) NOT NULL,
    kind       varchar(20)  NOT NULL CHECK (kind IN ('EMBASSY', 'EU_DELEGATION', 'UN_OFFICE', 'OTHER')),
    active     boolean      NOT NULL DEFAULT true,
    UNIQUE (mission_id, name)
);
COMMENT ON COLUMN partner_mission.name IS 'an institution''s public name (e.g. Embassy of Norway), never a person';

CREATE TABLE case_share (
    id                 uuid         PRIMARY KEY,
    reference          varchar(60)  NOT NULL,
    mission_id         varchar(64)  NOT NULL,
    case_id            uuid         NOT NULL REFERENCES case_file (id),
    partner_id         uuid         NOT NULL REFERENCES partner_mission (id),
    status             varchar(24)  NOT NULL CHECK (status IN ('AWAITING_CONSENT', 'DRAFTING', 'AWAITING_APPROVAL',
                                        'SHARED', 'NOT_SHARED')),
    summary_enc        bytea,
    consent_checked_at timestamptz,
    requested_by       varchar(255) NOT NULL,
    requested_at       timestamptz  NOT NULL,
    drafted_by         varchar(255),
    approved_by        varchar(255),
    shared_by          varchar(255),
    shared_at          timestamptz,
    UNIQUE (reference, partner_id)
);
CREATE INDEX case_share_case_idx ON case_share (case_id, requested_at);
CREATE INDEX case_share_mission_idx ON case_share (mission_id, requested_at);
COMMENT ON COLUMN case_share.reference IS 'duty reference of the sharing (e.g. ALPHA-SHR-0001): one row per partner';
COMMENT ON COLUMN case_share.summary_enc IS 'the pseudonymous summary as sent, AES-GCM (FieldCipher)';

CREATE TABLE joint_action (
    id              uuid         PRIMARY KEY,
    mission_id      varchar(64)  NOT NULL,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    share_reference varchar(60),
    kind            varchar(32)  NOT NULL CHECK (kind IN ('JOINT_DEMARCHE', 'SHARED_TRIAL_OBSERVATION',
                                     'JOINT_STATEMENT', 'OTHER')),
    taken_on        date         NOT NULL,
    recorded_by     varchar(255) NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX joint_action_case_idx ON joint_action (case_id, taken_on);

CREATE TABLE joint_action_partner (
    joint_action_id uuid NOT NULL REFERENCES joint_action (id),
    partner_id      uuid NOT NULL REFERENCES partner_mission (id),
    PRIMARY KEY (joint_action_id, partner_id)
);

CREATE TABLE un_referral (
    id                  uuid         PRIMARY KEY,
    reference           varchar(60)  NOT NULL UNIQUE,
    mission_id          varchar(64)  NOT NULL,
    case_id             uuid         NOT NULL REFERENCES case_file (id),
    forum               varchar(32)  NOT NULL CHECK (forum IN ('HRC_SESSION', 'UNGA_THIRD_COMMITTEE', 'SPECIAL_PROCEDURE')),
    mandate             varchar(40)  CHECK (mandate IN ('SR_HUMAN_RIGHTS_DEFENDERS', 'SR_TORTURE',
                                         'WG_ARBITRARY_DETENTION', 'SR_FREEDOM_OF_EXPRESSION', 'SR_FREEDOM_OF_ASSEMBLY',
                                         'SR_EXTRAJUDICIAL_EXECUTIONS', 'WG_ENFORCED_DISAPPEARANCES', 'OTHER')),
    status              varchar(24)  NOT NULL CHECK (status IN ('CONSENT_CHECK', 'REFUSED_NO_CONSENT', 'PREPARING',
                                         'AWAITING_CLEARANCE', 'CLEARED', 'SUBMITTED', 'STATE_REPLIED', 'UNANSWERED',
                                         'FOLLOWED_UP')),
    submission_text_enc bytea,
    cleared_by          varchar(255),
    submitted_on        date,
    reply_due_on        date,
    state_replied_on    date,
    reply_assessment    varchar(16)  CHECK (reply_assessment IN ('SATISFACTORY', 'UNSATISFACTORY')),
    follow_up           varchar(32),
    nhri_engaged        boolean      NOT NULL,
    created_by          varchar(255) NOT NULL,
    created_at          timestamptz  NOT NULL,
    CHECK ((forum = 'SPECIAL_PROCEDURE') = (mandate IS NOT NULL)),
    CHECK (reply_due_on IS NULL OR reply_due_on = submitted_on + 60)
);
CREATE INDEX un_referral_mission_idx ON un_referral (mission_id, created_at);
COMMENT ON COLUMN un_referral.reference IS 'duty reference (e.g. ALPHA-UN-0001)';
COMMENT ON COLUMN un_referral.submission_text_enc IS 'the pseudonymous communication as cleared, AES-GCM (FieldCipher)';

CREATE TABLE nhri_engagement (
    id                      uuid         PRIMARY KEY,
    mission_id              varchar(64)  NOT NULL,
    case_id                 uuid         REFERENCES case_file (id),
    institution             varchar(200) NOT NULL,
    paris_principles_status varchar(4)   NOT NULL CHECK (paris_principles_status IN ('A', 'B', 'NONE')),
    engaged_on              date         NOT NULL,
    kind                    varchar(32)  NOT NULL CHECK (kind IN ('MEETING', 'CASE_REFERRAL', 'CAPACITY_SUPPORT',
                                             'JOINT_MONITORING', 'OTHER')),
    recorded_by             varchar(255) NOT NULL,
    recorded_at             timestamptz  NOT NULL
);
CREATE INDEX nhri_engagement_mission_idx ON nhri_engagement (mission_id, engaged_on);
COMMENT ON COLUMN nhri_engagement.institution IS 'public name of the national human-rights institution, never a person';
