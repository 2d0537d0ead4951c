-- A temporary relocation of a defender (processes/TemporaryRelocation, one row per TEMPORARY_RELOCATION
-- action): the host programme, the stay's length, how many family members go along (a count, never names),
-- the visa's outcome and the dates of the move, the stay's end and the return. Free text stays in the
-- encrypted task records.
CREATE TABLE relocation (
    id              uuid         PRIMARY KEY,
    mission_id      varchar(64)  NOT NULL,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    action_id       uuid         NOT NULL UNIQUE REFERENCES case_action (id),
    programme       varchar(40)  NOT NULL CHECK (programme IN ('EU_TEMPORARY_RELOCATION_PLATFORM', 'SHELTER_CITY',
                                                  'PROTECT_DEFENDERS_EU', 'NATIONAL_PROGRAMME', 'OTHER')),
    duration_months integer      NOT NULL CHECK (duration_months > 0),
    family_members  integer      NOT NULL CHECK (family_members >= 0),
    visa_outcome    varchar(8)   CHECK (visa_outcome IN ('ISSUED', 'REFUSED')),
    departed_on     date,
    stay_ends_on    date,
    returned_on     date,
    status          varchar(24)  NOT NULL CHECK (status IN ('PLANNED', 'NOT_RELOCATED', 'ABROAD', 'RETURNED',
                                                  'LONGER_TERM_PROTECTION')),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX relocation_case_idx ON relocation (mission_id, case_id);
