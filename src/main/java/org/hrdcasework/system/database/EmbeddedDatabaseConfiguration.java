package org.hrdcasework.system.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without an external database ({@code SPRING_DATASOURCE_URL}), the app runs on its own
 * PostgreSQL cluster under {@code hrd.data-directory}/postgres, with the role passwords in
 * {@code hrd.data-directory}/postgres-secret. The application connects as the app role, Flyway
 * as the owner role. See docs/adr/0002.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.Absent.class)
class EmbeddedDatabaseConfiguration {

    static final String SECRET_FILE = "postgres-secret";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${hrd.data-directory}") Path dataDirectory,
                                                  EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), dataDirectory.resolve(SECRET_FILE),
                properties.port(), properties.databaseName());
    }

    /** Closed before the server (Spring destroys dependents first), so no connection outlives it. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
                          @Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeout,
                          @Value("${spring.datasource.hikari.validation-timeout:1000}") long validationTimeout) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setConnectionTimeout(connectionTimeout);
        dataSource.setValidationTimeout(validationTimeout);
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.appRole());
        dataSource.setPassword(server.appPassword());
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }

    /** Migrations run as the owner of the casework schema, not as the application. */
    @Bean
    FlywayConfigurationCustomizer flywayAsOwner(EmbeddedPostgresServer server) {
        return configuration -> configuration.dataSource(server.jdbcUrl(), server.ownerRole(), server.ownerPassword());
    }
}
