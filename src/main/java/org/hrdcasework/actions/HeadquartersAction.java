package org.hrdcasework.actions;

/** What headquarters did with a demarche raised to it. */
enum HeadquartersAction {
    SUMMONED_AMBASSADOR, RAISED_AT_MINISTERIAL_LEVEL, RAISED_WITH_PARTNERS, RAISED_MULTILATERALLY, NO_ACTION
}
