-- The case file's timeline (GET /cases/{reference}, GET /api/cases/{reference}/timeline) reads everything that
-- happened to one case in one query. Most of its parts are read by the case's own indexes already
-- (risk_assessment, consent, case_action, threat_report, task_record, the engine's business key); these
-- serve the three parts that were only indexed for other questions.

-- A case's escalations, resolved ones too (escalation_open_case_idx holds the open ones only).
CREATE INDEX escalation_case_idx ON escalation (case_id, fired_at);

-- The defender's relationships, ended ones too (defender_relationship_one_active_idx holds the active one only).
CREATE INDEX defender_relationship_defender_idx ON defender_relationship (defender_id);

-- The identity reveals of one case, from the append-only audit log (indexed by time and type only).
CREATE INDEX audit_event_identity_reveal_case_idx ON audit_event (case_reference, occurred_at)
    WHERE event_type = 'IDENTITY_REVEAL';
