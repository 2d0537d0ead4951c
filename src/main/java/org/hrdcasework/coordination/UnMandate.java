package org.hrdcasework.coordination;

/** The special procedure (rapporteur or working group) a communication goes to. */
enum UnMandate {
    SR_HUMAN_RIGHTS_DEFENDERS, SR_TORTURE, WG_ARBITRARY_DETENTION, SR_FREEDOM_OF_EXPRESSION, SR_FREEDOM_OF_ASSEMBLY,
    SR_EXTRAJUDICIAL_EXECUTIONS, WG_ENFORCED_DISAPPEARANCES, OTHER
}
