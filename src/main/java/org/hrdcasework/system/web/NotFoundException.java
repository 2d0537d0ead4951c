package org.hrdcasework.system.web;

/** Nothing the caller may see exists under this name; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
