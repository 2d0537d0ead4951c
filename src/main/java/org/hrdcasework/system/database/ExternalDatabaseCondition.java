package org.hrdcasework.system.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when an external database is configured ({@code spring.datasource.url}, e.g. from
 * {@code SPRING_DATASOURCE_URL}). The embedded cluster starts only when this is false.
 */
public final class ExternalDatabaseCondition implements Condition {

    public static boolean isExternalDatabaseConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isExternalDatabaseConfigured(context.getEnvironment());
    }

    /** The negation, for {@code @Conditional}. */
    public static final class Absent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isExternalDatabaseConfigured(context.getEnvironment());
        }
    }
}
