package org.hrdcasework.reporting;

/** Why a mission report was compiled: the monthly cycle, or a request for a chosen period. */
public enum ReportKind {
    MONTHLY, ON_DEMAND
}
