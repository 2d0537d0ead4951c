package org.hrdcasework.crypto;

/** Every encrypted column of our schema, with the context its values are bound to. */
public enum EncryptedColumn {
    DEFENDER_FULL_NAME("defender", "full_name"),
    DEFENDER_CONTACT("defender", "contact"),
    DEFENDER_ORGANISATION("defender", "organisation"),
    DEFENDER_LOCATION("defender", "location"),
    DEFENDER_PHOTO_REFERENCE("defender", "photo_reference"),
    DEFENDER_FAMILY("defender", "family"),
    CASE_THREAT_DESCRIPTION("case_file", "threat_description"),
    CASE_REPORT_SOURCE("case_file", "report_source"),
    FURTHER_REPORT_DESCRIPTION("threat_report", "description"),
    TASK_RECORD_NOTES("task_record", "sensitive"),
    CASE_SHARE_SUMMARY("case_share", "summary"),
    UN_REFERRAL_SUBMISSION_TEXT("un_referral", "submission_text");

    private final String table;
    private final String column;

    EncryptedColumn(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /** Table name, a constant (safe to splice into SQL). */
    public String getTable() {
        return table;
    }

    /** Column name in SQL ({@code <context column>_enc}). */
    public String getSqlColumn() {
        return column + "_enc";
    }

    FieldContext context(String recordId) {
        return new FieldContext(table, column, recordId);
    }
}
