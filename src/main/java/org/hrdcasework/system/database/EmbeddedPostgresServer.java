package org.hrdcasework.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 cluster run by the application itself, with its data kept on disk
 * between runs. Settings are those of a production server (fsync and synchronous commit on),
 * it listens on the loopback interface only, and it is stopped by the application, not by a
 * JVM shutdown hook that would race Spring's shutdown.
 * <p>Every connection needs a password (scram-sha-256, no {@code trust} line in pg_hba.conf).
 * The passwords are generated on first use and kept in a 0600 file ({@link EmbeddedDatabaseSecrets}).
 * A new cluster gets its superuser password from initdb itself, so it never accepts a connection
 * without one; a cluster made by an earlier version (trust) gets passwords and a new pg_hba.conf
 * on its first start with this version. Three roles: {@code postgres} (superuser, used here only,
 * to set up the others), {@value #OWNER_ROLE} (owns the database and our schema; Flyway migrates
 * as it) and {@value #APP_ROLE} (the application; owns the engine's ACT_* tables, which the engine
 * creates and updates itself, and only reads and writes ours). See docs/security.md.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Owns the database and the casework schema; Flyway runs as this role. */
    public static final String OWNER_ROLE = "hrd_owner";
    /** The application's role: owns the engine's tables, may only read and write ours. */
    public static final String APP_ROLE = "hrd_app";
    private static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    static final String PG_HBA = """
            # Written by hrd-casework: every connection needs a password (scram-sha-256).
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    /** How often the watchdog looks whether the application still lives. */
    static final int WATCHDOG_SECONDS = 2;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;
    private final EmbeddedDatabaseSecrets secrets;
    private FileChannel applicationLock;
    private Process watchdog;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String databaseName,
                                   EmbeddedDatabaseSecrets secrets) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
        this.secrets = secrets;
    }

    /**
     * Starts (initialising on first use) the cluster under {@code dataDirectory}, with the role
     * passwords in {@code secretFile} (created if missing).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path secretFile, int port, String databaseName) {
        Path initdbPasswordFile = secretFile.resolveSibling(secretFile.getFileName() + ".initdb");
        FileChannel applicationLock = null;
        try {
            Files.createDirectories(dataDirectory);
            applicationLock = lockForThisApplication(dataDirectory);
            stopOrphanedServer(dataDirectory);
            Files.deleteIfExists(initdbPasswordFile); // left over if an earlier first start was killed
            boolean existingCluster = Files.exists(dataDirectory.resolve("postgresql.conf"));
            if (existingCluster && !Files.exists(secretFile) && !trustsLocalConnections(dataDirectory)) {
                throw new IOException("the cluster requires passwords but their file " + secretFile.toAbsolutePath()
                        + " is missing (restore it from the backup of the data directory)");
            }
            EmbeddedDatabaseSecrets secrets = EmbeddedDatabaseSecrets.loadOrCreate(secretFile);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // Zonky's readiness check connects as the superuser: with its password.
                    .setConnectConfig("password", secrets.superuserPassword())
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (!existingCluster) {
                // Zonky runs "initdb -A trust" followed by these options ("--key=value"): the later
                // --auth wins, and --pwfile gives the superuser its password from the start.
                Files.createFile(initdbPasswordFile,
                        PosixFilePermissions.asFileAttribute(EmbeddedDatabaseSecrets.OWNER_ONLY));
                Files.writeString(initdbPasswordFile, secrets.superuserPassword() + "\n", StandardCharsets.UTF_8);
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPasswordFile.toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                Files.deleteIfExists(initdbPasswordFile);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory, databaseName, secrets);
            server.applicationLock = applicationLock;
            try {
                server.setUpRolesAndAuthentication();
                server.createDatabaseIfMissing();
                server.assignOwnership();
                server.watchdog = startWatchdog(dataDirectory);
            } catch (IOException | SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            release(applicationLock);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Embedded PostgreSQL could not start with data in "
                    + dataDirectory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The application database, without user: give {@link #appRole()} or {@link #ownerRole()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String appRole() {
        return APP_ROLE;
    }

    public String appPassword() {
        return secrets.appPassword();
    }

    public String ownerRole() {
        return OWNER_ROLE;
    }

    public String ownerPassword() {
        return secrets.ownerPassword();
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        try {
            postgres.close();
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
            release(applicationLock);
        }
    }

    /**
     * One application per data directory: an exclusive lock on {@code postgres.lock} beside the
     * cluster, held while the application runs and dropped by the operating system when its process
     * ends, however it ends. A second application on the same directory stops here, instead of
     * taking the first one's database (or stopping it as an orphan).
     */
    private static FileChannel lockForThisApplication(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another application is using the embedded PostgreSQL in "
                    + dataDirectory.toAbsolutePath() + ": one data directory serves one application. Stop it, or give "
                    + "this one its own hrd.data-directory (or an external database, SPRING_DATASOURCE_URL)");
        }
        return channel;
    }

    private static void release(FileChannel applicationLock) {
        if (applicationLock == null) {
            return;
        }
        try {
            applicationLock.close(); // releases the lock
        } catch (IOException e) {
            log.warn("Could not release {}: {}", applicationLock, e.getMessage());
        }
    }

    /**
     * PostgreSQL outlives a killed JVM (kill -9, an out-of-memory kill). A small shell process
     * watches this JVM and, once it is gone, asks the postmaster it was started for (that pid only)
     * for a fast shutdown: the database stops within {@value #WATCHDOG_SECONDS} s of the
     * application, with every committed transaction kept. A normal stop ends the watchdog first.
     */
    private static Process startWatchdog(Path dataDirectory) throws IOException {
        List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        long postmaster = parsePid(pidFile.get(0)).orElseThrow(() -> new IOException("no pid in postmaster.pid"));
        long application = ProcessHandle.current().pid();
        String script = "while kill -0 %d 2>/dev/null; do sleep %d; done; kill -INT %d 2>/dev/null; exit 0"
                .formatted(application, WATCHDOG_SECONDS, postmaster);
        return new ProcessBuilder("/bin/sh", "-c", script)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * Passwords for the three roles (hashed by the driver: no clear text reaches the server or its
     * log), then pg_hba.conf with scram-sha-256 only. In this order, so that a cluster of an earlier
     * version that trusted local connections is never left without a way in.
     */
    private void setUpRolesAndAuthentication() throws IOException, SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres").getConnection();
             Statement statement = connection.createStatement()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String role : List.of(OWNER_ROLE, APP_ROLE)) {
                try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                    if (!rs.next()) {
                        statement.execute("CREATE ROLE " + role + " LOGIN");
                        log.info("Created database role {}", role);
                    }
                }
                statement.execute("ALTER ROLE " + role
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            }
            // The owner may act on the engine's tables (a migration cleaning ACT_* rows); never the reverse.
            statement.execute("GRANT " + APP_ROLE + " TO " + OWNER_ROLE);
            pg.alterUserPassword(SUPERUSER, secrets.superuserPassword().toCharArray(), "scram-sha-256");
            pg.alterUserPassword(OWNER_ROLE, secrets.ownerPassword().toCharArray(), "scram-sha-256");
            pg.alterUserPassword(APP_ROLE, secrets.appPassword().toCharArray(), "scram-sha-256");

            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !PG_HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
                log.info("Wrote {}: every connection needs a password (scram-sha-256)", hba.toAbsolutePath());
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_hba_file_rules "
                    + "WHERE error IS NOT NULL OR auth_method <> 'scram-sha-256'")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new IOException(hba.toAbsolutePath() + " allows connections without a password");
                }
            }
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres").getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // databaseName is validated as a plain identifier by EmbeddedDatabaseProperties.
                create.execute("CREATE DATABASE " + databaseName + " OWNER " + OWNER_ROLE
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
            log.info("Created database {}", databaseName);
        }
    }

    /**
     * Who owns what, idempotently on every start (and so for databases made by earlier versions,
     * where the superuser owned everything): the owner role owns the database and the casework
     * schema with all its objects; the app role owns the engine's tables in "public" and may create
     * them there. The app role's rights on casework tables are granted after each migration
     * ({@link AppRolePrivileges}).
     */
    private void assignOwnership() throws SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, databaseName).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + databaseName + " OWNER TO " + OWNER_ROLE);
            statement.execute("REVOKE ALL ON DATABASE " + databaseName + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + databaseName + " TO " + APP_ROLE);
            statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + APP_ROLE);
            statement.execute(OWNERSHIP.replace("$OWNER", OWNER_ROLE).replace("$APP", APP_ROLE));
        }
    }

    private static final String OWNERSHIP = """
            DO $do$
            DECLARE r record;
            BEGIN
                IF to_regnamespace('casework') IS NOT NULL THEN
                    ALTER SCHEMA casework OWNER TO $OWNER;
                    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                             WHERE c.relnamespace = 'casework'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                               AND c.relowner <> '$OWNER'::regrole LOOP
                        EXECUTE format('ALTER TABLE %s OWNER TO $OWNER', r.name);
                    END LOOP;
                    -- Sequences of serial columns moved with their tables; the others here.
                    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                             WHERE c.relnamespace = 'casework'::regnamespace AND c.relkind = 'S'
                               AND c.relowner <> '$OWNER'::regrole LOOP
                        EXECUTE format('ALTER SEQUENCE %s OWNER TO $OWNER', r.name);
                    END LOOP;
                    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                             WHERE p.pronamespace = 'casework'::regnamespace AND p.proowner <> '$OWNER'::regrole LOOP
                        EXECUTE format('ALTER ROUTINE %s OWNER TO $OWNER', r.name);
                    END LOOP;
                END IF;
                FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                           AND c.relowner <> '$APP'::regrole LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO $APP', r.name);
                END LOOP;
                FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                           AND c.relowner <> '$APP'::regrole LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO $APP', r.name);
                END LOOP;
            END
            $do$""";

    /** pg_hba.conf of a cluster made by an earlier version (initdb -A trust). */
    private static boolean trustsLocalConnections(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
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
