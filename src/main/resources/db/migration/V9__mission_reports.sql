-- Periodic reports of a mission to headquarters: aggregate figures only (counts, durations, enum
-- values), never a name or a narrative. The period is a range of whole UTC days:
-- period_start and period_end are both INCLUSIVE (a monthly report of November 2026 runs from
-- 2026-11-01 to 2026-11-30).
CREATE TABLE mission_report (
    id                  uuid         PRIMARY KEY,
    reference           varchar(60)  NOT NULL UNIQUE,
    mission_id          varchar(64)  NOT NULL,
    kind                varchar(16)  NOT NULL CHECK (kind IN ('MONTHLY', 'ON_DEMAND')),
    period_start        date         NOT NULL,
    period_end          date         NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('COMPILED', 'APPROVED', 'SENT', 'WITHDRAWN')),
    figures             jsonb        NOT NULL,
    compiled_at         timestamptz  NOT NULL,
    approved_by         varchar(255),
    approved_at         timestamptz,
    sent_at             timestamptz,
    acknowledged_by     varchar(255),
    acknowledged_at     timestamptz,
    requested_by        varchar(255) NOT NULL,
    process_instance_id varchar(64),
    CONSTRAINT mission_report_period_order CHECK (period_start <= period_end)
);

-- One monthly report per mission and month, whatever fires twice (timer retry, two nodes).
CREATE UNIQUE INDEX mission_report_monthly_once ON mission_report (mission_id, kind, period_start)
    WHERE kind = 'MONTHLY';
CREATE INDEX mission_report_mission_idx ON mission_report (mission_id, period_start);
