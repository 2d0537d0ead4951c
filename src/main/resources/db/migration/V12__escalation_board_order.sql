-- The escalation board pages open escalations most overdue first (GET /api/escalations?limit=&offset=):
-- a mission's page is read in index order instead of sorting every open escalation.
CREATE INDEX escalation_open_by_due_idx ON escalation (mission_id, due_at, fired_at, id) WHERE resolved_at IS NULL;
