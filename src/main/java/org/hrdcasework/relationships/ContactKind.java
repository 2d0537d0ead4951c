package org.hrdcasework.relationships;

/** How the liaison officer was in touch with the defender. */
public enum ContactKind {
    EMBASSY_INVITATION, OFFICE_VISIT, CALL, SECURE_MESSAGE, MEETING_ELSEWHERE
}
