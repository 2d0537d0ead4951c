package org.hrdcasework.system.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code demo} the default profile when the app runs on its embedded database, so that
 * {@code ./mvnw spring-boot:run} on a fresh machine comes up with demo missions and users.
 * Default profiles apply only when no profile is chosen explicitly, and never with an external
 * database: a production deployment gets no demo users by accident.
 * <p>Runs before the config files are read (so that application-demo.yaml applies), hence it
 * sees the external database only when given by environment, system property or command line.
 */
public class DemoProfileOnEmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ExternalDatabaseCondition.isExternalDatabaseConfigured(environment)) {
            environment.setDefaultProfiles(DEMO_PROFILE);
        }
    }
}
