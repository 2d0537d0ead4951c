package org.hrdcasework.relationships;

/** Where a defender with a digital-security finding was referred. */
public enum Helpline {
    ACCESS_NOW_HELPLINE, FRONT_LINE_DEFENDERS, OTHER
}
