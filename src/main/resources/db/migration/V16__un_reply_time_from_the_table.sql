-- The days a state has to answer a UN communication are the designers' table (processes/Cadences.dmn,
-- UN_REPLY), no longer a fixed 60: the row only requires the reply to fall due after the submission.
DO $drop$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'un_referral'::regclass AND contype = 'c'
               AND pg_get_constraintdef(oid) LIKE '%reply_due_on%submitted_on%60%' LOOP
        EXECUTE format('ALTER TABLE un_referral DROP CONSTRAINT %I', c.conname);
    END LOOP;
END
$drop$;
ALTER TABLE un_referral ADD CONSTRAINT un_referral_reply_after_submission
    CHECK (reply_due_on IS NULL OR reply_due_on > submitted_on);
