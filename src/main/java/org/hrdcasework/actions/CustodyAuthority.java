package org.hrdcasework.actions;

/** The authority a custody visit is requested from (CustodyVisit's "Request the visit from the authority"). */
enum CustodyAuthority {
    POLICE,
    PROSECUTOR,
    PRISON_ADMINISTRATION,
    SECURITY_SERVICE,
    MILITARY,
    MINISTRY
}
