-- Consent per act and audience. A decision is recorded for one action type and one audience (the host
-- state, partner missions, UN mechanisms, the public): given or refused. The newest decision per action
-- and audience wins, so a narrower consent supersedes a broader one. Each decision carries its receipt
-- (who gave it, how, and why through a lawyer or family), and lapses when the defender's situation changes.
ALTER TABLE consent
    ADD COLUMN audience       varchar(24),
    ADD COLUMN decision       varchar(8)  NOT NULL DEFAULT 'GIVEN' CHECK (decision IN ('GIVEN', 'REFUSED')),
    ADD COLUMN given_through  varchar(24) CHECK (given_through IN ('IN_PERSON', 'SECURE_CALL', 'SECURE_MESSAGE', 'INTERMEDIARY')),
    ADD COLUMN proxy_reason   varchar(24) CHECK (proxy_reason IN ('DETAINED', 'UNREACHABLE', 'INCAPACITATED', 'DEFENDER_ASKED')),
    ADD COLUMN lapsed_at      timestamptz,
    ADD COLUMN lapse_reason   varchar(24),
    ADD COLUMN expiry_notice_at timestamptz;

-- The scope of earlier consents becomes their audiences: quiet diplomacy reached the host state and
-- partner missions; public consent reached every audience.
INSERT INTO consent (id, case_id, action_type, scope, given_by, expires_on, recorded_by, recorded_at, withdrawn_by,
                     withdrawn_at, audience, decision)
SELECT md5(k.id::text || a.audience)::uuid, k.case_id, k.action_type, k.scope, k.given_by, k.expires_on, k.recorded_by,
       k.recorded_at, k.withdrawn_by, k.withdrawn_at, a.audience, 'GIVEN'
FROM consent k
JOIN (VALUES ('QUIET', 'PARTNER_MISSIONS'), ('PUBLIC', 'PARTNER_MISSIONS'), ('PUBLIC', 'UN'), ('PUBLIC', 'PUBLIC'))
    AS a (scope, audience) ON a.scope = k.scope
WHERE k.audience IS NULL;
UPDATE consent SET audience = 'HOST_STATE' WHERE audience IS NULL;

ALTER TABLE consent
    ALTER COLUMN audience SET NOT NULL,
    ADD CONSTRAINT consent_audience_check CHECK (audience IN ('HOST_STATE', 'PARTNER_MISSIONS', 'UN', 'PUBLIC')),
    ADD CONSTRAINT consent_receipt_check CHECK (given_by = 'DEFENDER' OR given_through IS NULL OR proxy_reason IS NOT NULL),
    DROP COLUMN scope;
ALTER TABLE consent ALTER COLUMN decision DROP DEFAULT;

DROP INDEX consent_case_idx;
CREATE INDEX consent_case_idx ON consent (case_id, action_type, audience, recorded_at);
-- Consents due for their expiry notice, across missions (the daily notice).
CREATE INDEX consent_expiry_idx ON consent (expires_on) WHERE expiry_notice_at IS NULL AND decision = 'GIVEN'
    AND withdrawn_at IS NULL AND lapsed_at IS NULL;
