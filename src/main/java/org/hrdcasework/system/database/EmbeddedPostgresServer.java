package org.hrdcasework.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 cluster run by the application itself, with its data kept on disk
 * between runs. Settings are those of a production server (fsync and synchronous commit on),
 * it listens on the loopback interface only, and it is stopped by the application, not by a
 * JVM shutdown hook that would race Spring's shutdown.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    /** Starts (initialising on first use) the cluster under {@code dataDirectory}. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String databaseName) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, databaseName);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not start with data in "
                    + dataDirectory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // databaseName is validated as a plain identifier by EmbeddedDatabaseProperties.
                create.execute("CREATE DATABASE " + databaseName + " ENCODING 'UTF8' TEMPLATE template0");
            }
            log.info("Created database {}", databaseName);
        }
    }

    /**
     * After the JVM was killed (kill -9, power loss of the JVM only), its PostgreSQL keeps running
     * and would be silently reused with stale settings. Stop it first so that every start is clean.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return; // a stale pid file; PostgreSQL itself handles it on start
        }
        ProcessHandle process = orphan.get();
        log.warn("An embedded PostgreSQL from an earlier run (pid {}) is still running on {}; stopping it",
                process.pid(), dataDirectory.toAbsolutePath());
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown, a clean checkpoint
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The earlier embedded PostgreSQL (pid " + process.pid()
                    + ") did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
