package org.hrdcasework.audit;

/**
 * Security-relevant events kept in the append-only audit log. {@code ENGINE_OPERATION}: a
 * destructive engine operation (delete, suspend, history time-to-live, instance modification,
 * job and batch operations, authorization changes); {@code CASE_MIGRATION}: one running instance
 * moved to another model version.
 */
public enum AuditEventType {
    IDENTITY_REVEAL, CASE_VIEW, CASE_RECORDS_VIEW, EXPORT, CONSENT_CHANGE, ROLE_OR_MEMBERSHIP_CHANGE, USER_CHANGE,
    LOGIN_FAILURE, IDENTITY_ERASED, DATA_KEY_ROTATED, PARTNER_SHARE, DOCUMENT_GENERATED, CATALOGUE_CHANGE,
    ENGINE_OPERATION, CASE_MIGRATION, RAISED_AGAINST_ADVICE
}
