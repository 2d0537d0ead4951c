package org.hrdcasework.actions;

/** Who observes a hearing: the mission's own staff, or a partner mission's observer with them (a joint action). */
enum ObserverKind {
    OWN_STAFF, LIKE_MINDED_MISSION
}
