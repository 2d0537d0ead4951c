package org.hrdcasework.relationships;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One relationship with its contact log and digital-security checks (no free text: see its records). */
public record RelationshipDetail(@JsonUnwrapped RelationshipView relationship, List<Contact> contacts,
                                 List<SecurityCheck> securityChecks) {

    /** One logged contact. */
    public record Contact(ContactKind contactKind, LocalDate contactedOn, DefenderSituation defenderSituation,
                          String loggedBy) {
    }

    /** One digital-security check and its referral, if any. */
    public record SecurityCheck(LocalDate checkedOn, Map<String, Boolean> checklist, boolean finding,
                                Helpline referredTo, LocalDate referredOn, String checkedBy) {
    }
}
