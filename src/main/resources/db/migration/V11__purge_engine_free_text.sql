-- Earlier versions let free text reach the engine's tables: every string a form submitted through
-- Tasklist (submit-form) was copied to ACT_HI_DETAIL as a form property, sensitive_* notes
-- included, and two free-text fields were not sensitive_* (partnerMissions, publicationReference,
-- now sensitive_partnerMissions and sensitive_publicationReference). This removes those copies and
-- any sensitive_* variable left in the engine's runtime or history, with their byte arrays. The
-- case file keeps what matters (task_record, notes encrypted).
--
-- Flyway runs before the engine creates its tables on a fresh database, and the engine's tables
-- may live in another schema than ours: the tables are looked up in the catalogue, and nothing
-- happens where they do not exist yet. One DO block, so the file runs as a single statement.
DO $$
DECLARE
    engine_schema text;
    free_text constant text := $q$(name_ LIKE 'sensitive\_%' OR name_ IN ('partnerMissions', 'publicationReference'))$q$;
BEGIN
    FOR engine_schema IN
        SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'act_hi_detail' AND c.relkind = 'r'
    LOOP
        CREATE TEMPORARY TABLE IF NOT EXISTS purged_byte_array (id varchar(64)) ON COMMIT DROP;
        EXECUTE format('INSERT INTO purged_byte_array SELECT bytearray_id_ FROM %I.act_hi_detail '
                       'WHERE bytearray_id_ IS NOT NULL AND (type_ = ''FormProperty'' OR %s)', engine_schema, free_text);
        EXECUTE format('DELETE FROM %I.act_hi_detail WHERE type_ = ''FormProperty'' OR %s', engine_schema, free_text);
        IF to_regclass(format('%I.act_hi_varinst', engine_schema)) IS NOT NULL THEN
            EXECUTE format('INSERT INTO purged_byte_array SELECT bytearray_id_ FROM %I.act_hi_varinst '
                           'WHERE bytearray_id_ IS NOT NULL AND %s', engine_schema, free_text);
            EXECUTE format('DELETE FROM %I.act_hi_varinst WHERE %s', engine_schema, free_text);
        END IF;
        IF to_regclass(format('%I.act_ru_variable', engine_schema)) IS NOT NULL THEN
            EXECUTE format('INSERT INTO purged_byte_array SELECT bytearray_id_ FROM %I.act_ru_variable '
                           'WHERE bytearray_id_ IS NOT NULL AND %s', engine_schema, free_text);
            EXECUTE format('DELETE FROM %I.act_ru_variable WHERE %s', engine_schema, free_text);
        END IF;
        IF to_regclass(format('%I.act_ge_bytearray', engine_schema)) IS NOT NULL THEN
            EXECUTE format('DELETE FROM %I.act_ge_bytearray WHERE id_ IN (SELECT id FROM purged_byte_array)', engine_schema);
        END IF;
        DELETE FROM purged_byte_array;
    END LOOP;
END
$$;
