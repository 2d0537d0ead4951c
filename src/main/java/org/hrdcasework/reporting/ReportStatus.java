package org.hrdcasework.reporting;

/**
 * Where a mission report stands. COMPILED (again after a recompile), APPROVED by a supervisor,
 * SENT to headquarters. WITHDRAWN is reserved for a report taken back after sending; no process
 * path sets it yet.
 */
public enum ReportStatus {
    COMPILED, APPROVED, SENT, WITHDRAWN
}
