package org.hrdcasework.coordination;

/** What the mission did together with its partners. */
enum JointActionKind {
    JOINT_DEMARCHE, SHARED_TRIAL_OBSERVATION, JOINT_STATEMENT, OTHER
}
