package org.hrdcasework.actions;

/** The authority's answer to a custody visit request (CustodyVisit's "Authority's answer?" gateway). */
enum CustodyAnswer {
    GRANTED,
    REFUSED
}
