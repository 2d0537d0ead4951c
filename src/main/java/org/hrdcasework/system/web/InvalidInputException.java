package org.hrdcasework.system.web;

/** Input that breaks a business rule; answered with 400 naming the field. Messages must not echo sensitive values. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
