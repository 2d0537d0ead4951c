package org.hrdcasework.system.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without an external database ({@code SPRING_DATASOURCE_URL}), the app runs on its own
 * PostgreSQL cluster under {@code hrd.data-directory}/postgres. See docs/adr/0002.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.Absent.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${hrd.data-directory}") Path dataDirectory,
                                                  EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), properties.port(),
                properties.databaseName());
    }

    /** Closed before the server (Spring destroys dependents first), so no connection outlives it. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }
}
