package org.hrdcasework.reporting;

/** A grouped count read by {@link ReportMapper}. */
record KeyCount(String key, long count) {
}
