package org.hrdcasework.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation of {@code /api}, in the words of the README's API tables: read by
 * {@link ApiDocumentation} into the operation's description and its {@code x-access} extension of
 * the OpenAPI document. On a controller it covers each of its operations; on a method it replaces
 * the controller's. It documents; the services enforce (and answer 403 or 404 otherwise).
 * {@code OpenApiTests} fails when an {@code /api} operation has none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiAccess {

    /** The roles (engine groups, e.g. {@code case-officers}) and the scope, e.g. "their own missions". */
    String value();
}
