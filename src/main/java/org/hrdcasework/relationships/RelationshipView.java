package org.hrdcasework.relationships;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A relationship as the mission's staff and headquarters see it: the defender by code name only. */
public record RelationshipView(@JsonIgnore UUID id, String reference, String missionId, String defenderCodeName,
                               String liaisonOfficer, String deputyOfficer, int contactTier, LocalDate lastContactOn,
                               LocalDate nextContactDue, LocalDate nextSecurityCheckDue, OffsetDateTime startedAt,
                               String startedBy, OffsetDateTime endedAt, String endedBy, EndReason endReason) {

    @JsonProperty("active")
    public boolean active() {
        return endedAt == null;
    }
}
