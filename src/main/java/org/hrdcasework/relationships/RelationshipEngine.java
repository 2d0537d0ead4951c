package org.hrdcasework.relationships;

import java.util.UUID;

/** The workflow side of a relationship: its contact and digital-security processes. */
interface RelationshipEngine {

    /** What both processes start with: ids, the tier and the officers' user ids only. */
    record Start(UUID relationshipId, String reference, String missionId, int contactTier, String liaisonOfficer,
                 String deputyOfficer) {
    }

    /** The process instance ids of a relationship. */
    record Started(String contactProcessId, String securityProcessId) {
    }

    Started start(Start start);

    /**
     * The defender's tier changed: both processes, where waiting for their next date, compute it
     * again, and the deadlines of their open tasks follow the new tier.
     */
    void cadenceChanged(String reference, String missionId, int tier);

    /** Ends both processes, wherever they stand (timer, open task). */
    void end(String reference, String missionId);
}
