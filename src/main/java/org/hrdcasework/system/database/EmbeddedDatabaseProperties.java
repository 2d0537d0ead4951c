package org.hrdcasework.system.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL cluster that the app starts when no external
 * database is configured.
 */
@ConfigurationProperties("hrd.embedded-database")
public record EmbeddedDatabaseProperties(int port, String databaseName) {

    public EmbeddedDatabaseProperties {
        if (databaseName == null || !databaseName.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    "hrd.embedded-database.database-name must be a lower-case SQL identifier");
        }
    }
}
