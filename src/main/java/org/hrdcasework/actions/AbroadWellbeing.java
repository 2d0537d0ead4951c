package org.hrdcasework.actions;

/** How a relocated defender is doing abroad ("Check in with the defender abroad"). */
enum AbroadWellbeing {
    WELL, CONCERNS, URGENT_CONCERNS
}
