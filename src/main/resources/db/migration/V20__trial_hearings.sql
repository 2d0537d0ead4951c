-- The hearings of the defenders' trials a mission observes, one row per hearing date: the mission's
-- hearing calendar, who observes (one of the mission's staff, and a partner mission observing with it),
-- and what the observer saw against the fair-trial checklist, which the pseudonymous trial report for
-- partners is drawn from. No names, no court, no free text: those stay in the encrypted task records.
CREATE TABLE trial_hearing (
    id                       uuid         PRIMARY KEY,
    mission_id               varchar(64)  NOT NULL,
    case_id                  uuid         NOT NULL REFERENCES case_file (id),
    action_id                uuid         NOT NULL REFERENCES case_action (id),
    hearing_on               date         NOT NULL,
    status                   varchar(12)  NOT NULL CHECK (status IN ('SCHEDULED', 'POSTPONED', 'HELD')),
    postponed_to             date,
    observer                 varchar(255),
    partner_id               uuid         REFERENCES partner_mission (id),
    guarantees_not_respected varchar(400),
    ill_treatment_alleged    boolean,
    recorded_at              timestamptz  NOT NULL
);
COMMENT ON COLUMN trial_hearing.observer IS 'the user id of the mission''s observer, never a defender';
COMMENT ON COLUMN trial_hearing.guarantees_not_respected IS 'names of the checklist''s guarantees answered NO, comma-separated';
CREATE INDEX trial_hearing_calendar_idx ON trial_hearing (mission_id, hearing_on);
CREATE INDEX trial_hearing_action_idx ON trial_hearing (action_id, hearing_on);
