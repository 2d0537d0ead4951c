-- The mission's standing duties (relationships, visits, programmes, reports, coordination) run
-- processes that are not always about one case. Their tasks are recorded and escalated like case
-- tasks, against a duty reference (e.g. ALPHA-REL-0001) instead of a case.

ALTER TABLE task_record ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE task_record ADD COLUMN mission_id varchar(64);
ALTER TABLE task_record ADD COLUMN duty_reference varchar(60);
UPDATE task_record r SET mission_id = c.mission_id FROM case_file c WHERE c.id = r.case_id;
ALTER TABLE task_record ALTER COLUMN mission_id SET NOT NULL;
ALTER TABLE task_record ADD CONSTRAINT task_record_has_subject
    CHECK (case_id IS NOT NULL OR duty_reference IS NOT NULL);
CREATE INDEX task_record_duty_idx ON task_record (duty_reference, completed_at) WHERE duty_reference IS NOT NULL;

-- case_reference holds the duty reference for a duty's escalation.
ALTER TABLE escalation ALTER COLUMN case_id DROP NOT NULL;
COMMENT ON COLUMN escalation.case_reference IS 'case reference, or the duty reference for work that is not about one case';
