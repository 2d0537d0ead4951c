package org.hrdcasework.audit;

/** Security-relevant events kept in the append-only audit log. */
public enum AuditEventType {
    IDENTITY_REVEAL, CASE_VIEW, CASE_RECORDS_VIEW, EXPORT, CONSENT_CHANGE, ROLE_OR_MEMBERSHIP_CHANGE, USER_CHANGE,
    LOGIN_FAILURE, IDENTITY_ERASED, DATA_KEY_ROTATED, PARTNER_SHARE, DOCUMENT_GENERATED
}
