package org.hrdcasework.reprisals;

/** What the suspected reprisal was, as the officer records it ("Record the suspected reprisal"). */
public enum ReprisalKind {
    THREAT, SURVEILLANCE, ARREST, DEFAMATION, TRAVEL_BAN, ATTACK, OTHER
}
