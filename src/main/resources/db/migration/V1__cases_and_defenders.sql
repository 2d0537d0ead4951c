-- Our own tables, in schema "casework" (the engine's ACT_* tables stay in "public").
-- Identifying and narrative fields are AES-GCM ciphertext (suffix _enc); see docs/adr/0003.

CREATE TABLE counter (
    name       varchar(100) PRIMARY KEY,
    last_value bigint       NOT NULL
);

CREATE TABLE defender (
    id            uuid         PRIMARY KEY,
    mission_id    varchar(64)  NOT NULL,
    code_name     varchar(40)  NOT NULL UNIQUE,
    full_name_enc bytea        NOT NULL,
    contact_enc   bytea,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(255) NOT NULL
);

CREATE INDEX defender_mission_idx ON defender (mission_id);

CREATE TABLE case_file (
    id                     uuid         PRIMARY KEY,
    reference              varchar(40)  NOT NULL UNIQUE,
    mission_id             varchar(64)  NOT NULL,
    defender_id            uuid         NOT NULL REFERENCES defender (id),
    threat_type            varchar(32)  NOT NULL CHECK (threat_type IN ('DEATH_THREAT', 'ARREST', 'ABDUCTION',
                               'PHYSICAL_ATTACK', 'JUDICIAL_HARASSMENT', 'SURVEILLANCE', 'SMEAR_CAMPAIGN',
                               'DIGITAL_ATTACK', 'OTHER')),
    threat_description_enc bytea        NOT NULL,
    threat_occurred_on     date         NOT NULL,
    report_channel         varchar(32)  NOT NULL CHECK (report_channel IN ('WALK_IN', 'PHONE_OR_MESSAGE',
                               'LIAISON_OFFICER', 'NGO_REFERRAL', 'PARTNER_EMBASSY', 'MEDIA_MONITORING', 'OTHER')),
    report_source_enc      bytea,
    stage                  varchar(32)  NOT NULL,
    process_instance_id    varchar(64),
    linked_case_id         uuid         REFERENCES case_file (id),
    closure_reason         varchar(64),
    created_at             timestamptz  NOT NULL,
    created_by             varchar(255) NOT NULL,
    closed_at              timestamptz
);

CREATE INDEX case_file_mission_idx ON case_file (mission_id, created_at);
CREATE INDEX case_file_defender_idx ON case_file (defender_id);

CREATE TABLE case_verification (
    case_id                    uuid         PRIMARY KEY REFERENCES case_file (id),
    is_defender                boolean      NOT NULL,
    linked_to_human_rights_work boolean     NOT NULL,
    duplicate_of_case_id       uuid         REFERENCES case_file (id),
    outcome                    varchar(40)  NOT NULL,
    verified_by                varchar(255) NOT NULL,
    verified_at                timestamptz  NOT NULL
);
