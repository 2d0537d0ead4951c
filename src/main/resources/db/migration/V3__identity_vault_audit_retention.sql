-- Identity vault: more identifying fields, all optional and encrypted; erasure leaves the code name.
ALTER TABLE defender ALTER COLUMN full_name_enc DROP NOT NULL;
ALTER TABLE defender ADD COLUMN organisation_enc bytea;
ALTER TABLE defender ADD COLUMN location_enc bytea;
ALTER TABLE defender ADD COLUMN photo_reference_enc bytea;
ALTER TABLE defender ADD COLUMN family_enc bytea;
ALTER TABLE defender ADD COLUMN identity_erased_at timestamptz;

ALTER TABLE case_file ALTER COLUMN threat_description_enc DROP NOT NULL;
ALTER TABLE threat_report ALTER COLUMN description_enc DROP NOT NULL;

-- Append-only audit log of security-relevant events.
CREATE TABLE audit_event (
    id             bigserial    PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(255) NOT NULL,
    event_type     varchar(40)  NOT NULL,
    mission_id     varchar(64),
    case_reference varchar(40),
    detail         varchar(1000)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_type_idx ON audit_event (event_type, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
