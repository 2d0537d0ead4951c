package org.hrdcasework.relationships;

/**
 * The tier of a defender whose cases have no risk assessment yet. How often the mission is in
 * touch with a defender and checks their digital security, by that tier, is the designers' table
 * processes/Cadences.dmn (system/engine/Cadences).
 */
final class Cadence {

    /** The tier used when none of the defender's open cases has a risk assessment yet. */
    static final int DEFAULT_TIER = 2;

    private Cadence() {
    }
}
