package org.hrdcasework.actions;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The rungs of the demarche ladder (processes/DemarcheLadder.dmn), from the first to the last. */
public enum DemarcheRung {
    WORKING_LEVEL, HEAD_OF_MISSION, HEADQUARTERS, JOINT_WITH_PARTNERS, PUBLIC;

    static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
}
