package org.hrdcasework.actions;

/** The fair-trial checklist's interpretation guarantee: an interpreter when the defendant needs one. */
enum InterpreterProvided {
    YES,
    /** Needed and not provided: a fair-trial concern. */
    NO,
    NOT_NEEDED
}
