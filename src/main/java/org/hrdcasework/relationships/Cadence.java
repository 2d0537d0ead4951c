package org.hrdcasework.relationships;

/**
 * How often the mission is in touch with a defender and checks their digital security, by the
 * defender's current risk tier (1 most urgent). The domain brief asks for contact every 30-90 days
 * in monitoring; the EU guidelines for at least one meeting a year.
 */
final class Cadence {

    /** The tier used when none of the defender's open cases has a risk assessment yet. */
    static final int DEFAULT_TIER = 2;

    private Cadence() {
    }

    static int contactEveryDays(int tier) {
        return switch (tier) {
            case 1 -> 30;
            case 2 -> 60;
            default -> 90;
        };
    }

    static int securityCheckEveryDays(int tier) {
        return tier == 1 ? 90 : 180;
    }
}
