package org.hrdcasework.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A programme of the public catalogue. {@code ceilingAmount} and {@code currency} are both null
 * for a programme that pays no money (a helpline, a visa scheme).
 */
public record SupportProgramme(String code, String name, ProgrammeKind kind, String provider, String criteria,
                               BigDecimal ceilingAmount, String currency, List<SupportPurpose> purposes,
                               boolean active, OffsetDateTime updatedAt, String updatedBy) {

    public SupportProgramme {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    boolean paysMoney() {
        return ceilingAmount != null;
    }
}
