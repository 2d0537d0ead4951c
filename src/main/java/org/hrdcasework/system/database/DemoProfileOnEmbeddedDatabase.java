package org.hrdcasework.system.database;

import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Makes {@code demo} the default profile when the app runs on its embedded database, so that
 * {@code ./mvnw spring-boot:run} on a fresh machine comes up with demo missions and users.
 * Default profiles apply only when no profile is chosen explicitly, and never with an external
 * database: a production deployment gets no demo users by accident.
 * <p>The default profile must be set before the config files are read (so that
 * application-demo.yaml applies), but whether an external database is configured depends on
 * those files too (application.yaml next to the jar, {@code spring.config.location}, ...). So
 * this resolves the configuration once on a copy of the environment, exactly as Spring Boot is
 * about to, and decides from that. {@link DemoProfileCheck} checks the outcome again once the
 * real configuration is loaded.
 */
public class DemoProfileOnEmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ExternalDatabaseCondition.isExternalDatabaseConfigured(resolvedCopy(environment, application))) {
            environment.setDefaultProfiles(DEMO_PROFILE);
        }
    }

    /** The environment as it will be once the config files are read, without the demo default. */
    private static ConfigurableEnvironment resolvedCopy(ConfigurableEnvironment environment,
                                                        SpringApplication application) {
        StandardEnvironment copy = new StandardEnvironment();
        MutablePropertySources sources = copy.getPropertySources();
        sources.stream().map(PropertySource::getName).toList().forEach(sources::remove);
        // The copy gets its own view of the sources (ConfigurationPropertySources attaches one).
        environment.getPropertySources().stream().filter(source -> !"configurationProperties".equals(source.getName()))
                .forEach(sources::addLast);
        copy.setActiveProfiles(environment.getActiveProfiles());
        copy.setConversionService(environment.getConversionService());
        ConfigDataEnvironmentPostProcessor.applyTo(copy, new DefaultResourceLoader(application.getClassLoader()),
                new DefaultBootstrapContext(), application.getAdditionalProfiles());
        return copy;
    }
}
