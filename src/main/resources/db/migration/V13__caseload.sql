-- The caseload (GET /api/cases) lists a mission's cases a page at a time, most urgent first: by tier,
-- overdue cases first within a tier, then the oldest incident. These let a page be read from an index
-- in that order instead of sorting every case of the mission.

-- The tier the caseload sorts and filters by: the assessed one, or until the first risk assessment the
-- threat's provisional tier (cases/ThreatType.provisionalTier; CaseloadTests keeps the two equal).
ALTER TABLE case_file ADD COLUMN caseload_tier smallint GENERATED ALWAYS AS (
    COALESCE(urgency_tier, CASE WHEN threat_type IN ('DEATH_THREAT', 'ARREST', 'ABDUCTION', 'PHYSICAL_ATTACK') THEN 1
                                ELSE 2 END)) STORED;

-- A mission's open (and, apart, closed) cases in caseload order. The included columns answer a page's
-- ordering, the count and the stage filter from the index alone.
CREATE INDEX case_file_caseload_open_idx ON case_file (mission_id, caseload_tier, threat_occurred_on, created_at, reference)
    INCLUDE (id, stage) WHERE stage <> 'CLOSED';
CREATE INDEX case_file_caseload_closed_idx ON case_file (mission_id, caseload_tier, threat_occurred_on, created_at, reference)
    INCLUDE (id) WHERE stage = 'CLOSED';

-- "Cases with a demarche": the actions of one type from the index alone, whether the plan collects them
-- or probes them case by case (the case's own index, by start date, serves neither).
CREATE INDEX case_action_type_idx ON case_action (action_type, case_id);

-- The highest open escalation of each case on a page.
CREATE INDEX escalation_open_case_idx ON escalation (case_id, level) WHERE resolved_at IS NULL;
