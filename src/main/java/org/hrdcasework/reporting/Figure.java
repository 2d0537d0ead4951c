package org.hrdcasework.reporting;

/**
 * One figure of a mission report: a count, a number of hours, never a name or a narrative.
 * {@code value} is a {@link Long}, a {@link java.math.BigDecimal} or null (e.g. no median
 * without completed tasks).
 */
public record Figure(String section, String key, Object value) {
}
