package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A digital_security_check row; {@code checklist} is the JSON object of yes/no answers. */
record SecurityCheckRecord(UUID id, UUID relationshipId, String missionId, LocalDate checkedOn, String checklist,
                           boolean finding, Helpline referredTo, LocalDate referredOn, String checkedBy,
                           OffsetDateTime checkedAt) {
}
