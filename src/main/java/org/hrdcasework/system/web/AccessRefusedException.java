package org.hrdcasework.system.web;

/** The caller may not do this (wrong mission or role); answered with 403 naming the field. */
public class AccessRefusedException extends RuntimeException {

    private final String field;

    public AccessRefusedException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
