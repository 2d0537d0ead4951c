package org.hrdcasework.system.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Runs after every configuration source is loaded: the demo profile (users with a known
 * password, password policy off) never runs on an external database, whether chosen
 * explicitly or left as the default. The app refuses to start instead.
 */
public class DemoProfileCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (ExternalDatabaseCondition.isExternalDatabaseConfigured(environment)
                && environment.acceptsProfiles(Profiles.of(DemoProfileOnEmbeddedDatabase.DEMO_PROFILE))) {
            throw new DemoProfileOnExternalDatabaseException();
        }
    }
}
