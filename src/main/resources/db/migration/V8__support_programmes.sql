-- Support programmes for defenders (protection grants, emergency visas, relocation, digital-security
-- helplines, legal aid) and the applications the mission helps a defender make to them.
--
-- The catalogue is public reference data shared by all missions (maintained by headquarters), so
-- it carries no mission_id; every application row does. Amounts are not personal data; free text
-- about an application lives only in the sensitive_ fields of its task forms (task_record, encrypted).

CREATE TABLE support_programme (
    code           varchar(40)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    name           varchar(200)  NOT NULL,
    kind           varchar(40)   NOT NULL CHECK (kind IN ('PROTECTION_GRANT', 'EMERGENCY_VISA', 'RELOCATION',
                                     'DIGITAL_SECURITY_HELPLINE', 'LEGAL_AID')),
    provider       varchar(200)  NOT NULL,
    criteria       varchar(2000) NOT NULL,
    ceiling_amount numeric(12,2) CHECK (ceiling_amount > 0),
    currency       char(3)       CHECK (currency ~ '^[A-Z]{3}$'),
    active         boolean       NOT NULL DEFAULT true,
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    updated_by     varchar(255)  NOT NULL DEFAULT 'migration',
    -- A programme either pays money up to a ceiling in one currency, or pays none (e.g. a helpline).
    CONSTRAINT support_programme_money CHECK ((ceiling_amount IS NULL) = (currency IS NULL))
);

COMMENT ON TABLE support_programme IS 'Public catalogue of programmes the mission can refer defenders to; not personal data';
COMMENT ON COLUMN support_programme.criteria IS 'public eligibility criteria as published by the provider';
COMMENT ON COLUMN support_programme.ceiling_amount IS
    'indicative maximum per application, from the provider''s published figures; configurable by headquarters '
    '(PUT /api/support-programmes/{code}); NULL = the programme pays no money';

CREATE TABLE support_programme_purpose (
    programme_code varchar(40) NOT NULL REFERENCES support_programme (code) ON UPDATE CASCADE,
    purpose        varchar(40) NOT NULL CHECK (purpose IN ('SAFETY_MEASURES', 'LEGAL_FEES', 'MEDICAL', 'RELOCATION',
                                   'DIGITAL_SECURITY', 'TRAVEL', 'LIVING_COSTS')),
    PRIMARY KEY (programme_code, purpose)
);

CREATE TABLE support_application (
    id                  uuid          PRIMARY KEY,
    reference           varchar(40)   NOT NULL UNIQUE,
    mission_id          varchar(64)   NOT NULL,
    case_id             uuid          NOT NULL REFERENCES case_file (id),
    defender_id         uuid          NOT NULL REFERENCES defender (id),
    programme_code      varchar(40)   NOT NULL REFERENCES support_programme (code) ON UPDATE CASCADE,
    purpose             varchar(40)   NOT NULL CHECK (purpose IN ('SAFETY_MEASURES', 'LEGAL_FEES', 'MEDICAL',
                                          'RELOCATION', 'DIGITAL_SECURITY', 'TRAVEL', 'LIVING_COSTS')),
    amount_requested    numeric(12,2) CHECK (amount_requested > 0),
    currency            char(3)       CHECK (currency ~ '^[A-Z]{3}$'),
    status              varchar(20)   NOT NULL CHECK (status IN ('PREPARED', 'SUBMITTED', 'GRANTED', 'REFUSED',
                                          'PAID', 'WITHDRAWN')),
    duplicate_of        uuid          REFERENCES support_application (id),
    programme_reference varchar(40),
    submitted_on        date,
    decided_on          date,
    paid_on             date,
    amount_granted      numeric(12,2) CHECK (amount_granted >= 0),
    amount_paid         numeric(12,2) CHECK (amount_paid >= 0),
    withdrawal_reason   varchar(30)   CHECK (withdrawal_reason IN ('DUPLICATE_FUNDING', 'DEFENDER_DECLINED',
                                          'WITHDRAWN_ON_REQUEST')),
    created_at          timestamptz   NOT NULL,
    created_by          varchar(255)  NOT NULL,
    updated_at          timestamptz   NOT NULL,
    process_instance_id varchar(64),
    CONSTRAINT support_application_money CHECK ((amount_requested IS NULL) = (currency IS NULL))
);

COMMENT ON COLUMN support_application.duplicate_of IS
    'another open or funded application of the same defender for the same purpose, when this one was made';
COMMENT ON COLUMN support_application.programme_reference IS 'the programme''s own file number (a short code)';

CREATE INDEX support_application_mission_idx ON support_application (mission_id, created_at);
CREATE INDEX support_application_case_idx ON support_application (case_id);
CREATE INDEX support_application_defender_idx ON support_application (defender_id, purpose);

-- The seed catalogue. Ceilings are INDICATIVE, taken from the providers' published figures at the
-- time of writing; headquarters keeps them current through the API. Providers decide case by case.
INSERT INTO support_programme (code, name, kind, provider, criteria, ceiling_amount, currency) VALUES
    ('PDEU_EMERGENCY_GRANT', 'ProtectDefenders.eu emergency grant', 'PROTECTION_GRANT', 'ProtectDefenders.eu (EU Human Rights Defenders Mechanism)',
     'Human rights defenders at risk because of their work, and their families; urgent protection needs such as security measures, legal defence, medical care or temporary relocation.',
     10000.00, 'EUR'),
    ('FLD_PROTECTION_GRANT', 'Front Line Defenders protection grant', 'PROTECTION_GRANT', 'Front Line Defenders',
     'Human rights defenders at risk; practical security measures (physical and digital), legal fees, medical costs, support to families of detained defenders.',
     7500.00, 'EUR'),
    ('LIFELINE_EMERGENCY', 'Lifeline Embattled CSO Assistance Fund: emergency assistance', 'PROTECTION_GRANT', 'Lifeline consortium',
     'Civil society organisations and their members under threat or attack; short-term emergency assistance such as legal representation, medical expenses, security, temporary relocation.',
     20000.00, 'USD'),
    ('EU_TEMPORARY_RELOCATION', 'EU Temporary Relocation Platform', 'RELOCATION', 'EU Temporary Relocation Platform (ProtectDefenders.eu)',
     'Defenders who need to leave their country temporarily (typically 6 to 12 months) for a host programme, with a security plan and a return strategy.',
     15000.00, 'EUR'),
    ('NATIONAL_HUMANITARIAN_VISA', 'National emergency (humanitarian) visa scheme', 'EMERGENCY_VISA', 'Ministry of Foreign Affairs, consular department',
     'Defenders in immediate danger who need to travel at short notice; decided by the consular department on a referral from the mission. Issues a visa; pays no money.',
     NULL, NULL),
    ('ACCESSNOW_HELPLINE', 'Access Now Digital Security Helpline', 'DIGITAL_SECURITY_HELPLINE', 'Access Now',
     'Civil society, activists, journalists and defenders facing digital threats; free technical help, answering within two hours, 24/7. Pays no money.',
     NULL, NULL),
    ('LEGAL_AID_FUND', 'Defenders legal-aid fund', 'LEGAL_AID', 'Headquarters human rights fund (legal aid line)',
     'Defenders facing judicial harassment or prosecution linked to their work; lawyers'' fees and court costs.',
     5000.00, 'EUR');

INSERT INTO support_programme_purpose (programme_code, purpose) VALUES
    ('PDEU_EMERGENCY_GRANT', 'SAFETY_MEASURES'), ('PDEU_EMERGENCY_GRANT', 'LEGAL_FEES'), ('PDEU_EMERGENCY_GRANT', 'MEDICAL'),
    ('PDEU_EMERGENCY_GRANT', 'RELOCATION'), ('PDEU_EMERGENCY_GRANT', 'DIGITAL_SECURITY'), ('PDEU_EMERGENCY_GRANT', 'TRAVEL'),
    ('PDEU_EMERGENCY_GRANT', 'LIVING_COSTS'),
    ('FLD_PROTECTION_GRANT', 'SAFETY_MEASURES'), ('FLD_PROTECTION_GRANT', 'LEGAL_FEES'), ('FLD_PROTECTION_GRANT', 'MEDICAL'),
    ('FLD_PROTECTION_GRANT', 'DIGITAL_SECURITY'), ('FLD_PROTECTION_GRANT', 'LIVING_COSTS'),
    ('LIFELINE_EMERGENCY', 'SAFETY_MEASURES'), ('LIFELINE_EMERGENCY', 'LEGAL_FEES'), ('LIFELINE_EMERGENCY', 'MEDICAL'),
    ('LIFELINE_EMERGENCY', 'RELOCATION'),
    ('EU_TEMPORARY_RELOCATION', 'RELOCATION'), ('EU_TEMPORARY_RELOCATION', 'TRAVEL'), ('EU_TEMPORARY_RELOCATION', 'LIVING_COSTS'),
    ('NATIONAL_HUMANITARIAN_VISA', 'TRAVEL'), ('NATIONAL_HUMANITARIAN_VISA', 'RELOCATION'),
    ('ACCESSNOW_HELPLINE', 'DIGITAL_SECURITY'),
    ('LEGAL_AID_FUND', 'LEGAL_FEES');
