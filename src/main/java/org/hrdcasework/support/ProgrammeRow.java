package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A support_programme row; {@code purposes} is the comma-separated list from support_programme_purpose. */
record ProgrammeRow(String code, String name, ProgrammeKind kind, String provider, String criteria,
                    BigDecimal ceilingAmount, String currency, boolean active, OffsetDateTime updatedAt,
                    String updatedBy, String purposes) {
}
