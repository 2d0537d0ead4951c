package org.hrdcasework.actions;

/** Was the commitment the state made in its reply kept by its date? */
public enum CommitmentKept {
    KEPT, BROKEN
}
