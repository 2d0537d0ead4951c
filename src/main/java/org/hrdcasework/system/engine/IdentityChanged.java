package org.hrdcasework.system.engine;

/**
 * Published when a user, group, mission membership or lock-out of the engine's identity store
 * changes on this node (whichever surface changed it), so that what was derived from the old
 * state, such as remembered sign-ins, is dropped at once.
 */
public record IdentityChanged() {
}
