package org.hrdcasework.coordination;

/** Accreditation of a national human-rights institution under the Paris Principles (GANHRI). */
enum ParisPrinciplesStatus {
    A, B, NONE
}
