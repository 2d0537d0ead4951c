package org.hrdcasework.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A separately started PostgreSQL playing the external server of a deployment, with the database
 * and the two roles that docker/initdb/hrd-roles.psql (the script of docs/operations.md) creates.
 * It can be stopped and started again on the same data and port, like a server that restarts.
 */
public final class ExternalPostgres implements AutoCloseable {

    static final String OWNER_PASSWORD = "Owner-Passw0rd";
    static final String APP_PASSWORD = "App-Passw0rd";
    static final String DATA_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    /**
     * The restore drill's server binaries (PostgreSQL 15, copied by the build from Maven Central):
     * the major version of the machine's pg_dump and pg_restore, which refuse a newer server.
     */
    private static final Path DRILL_BINARIES = Path.of("target/restore-drill/postgres-binaries.jar");

    private final Path data;
    /** The server binaries; null: the embedded library's own (PostgreSQL 17). */
    private final PgBinaryResolver binaries;
    private int port;
    private EmbeddedPostgres server;

    private ExternalPostgres(Path data, PgBinaryResolver binaries) {
        this.data = data;
        this.binaries = binaries;
    }

    /** A new server with an empty hrdcasework database and the roles. */
    public static ExternalPostgres start(Path data) throws IOException, SQLException {
        return start(data, null);
    }

    /** As {@link #start(Path)}, on the server version of the machine's pg_dump (the restore drill's). */
    static ExternalPostgres startForRestoreDrill(Path data) throws IOException, SQLException {
        if (!Files.exists(DRILL_BINARIES)) {
            throw new IllegalStateException(DRILL_BINARIES + " is missing: the build copies it (./mvnw verify)");
        }
        return start(data, (system, hardware) -> {
            JarFile jar = new JarFile(DRILL_BINARIES.toFile());
            JarEntry entry = jar.getJarEntry("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
            if (entry == null) {
                jar.close();
                throw new IOException("no PostgreSQL binaries for " + system + "-" + hardware + " in " + DRILL_BINARIES);
            }
            return new FilterInputStream(jar.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    jar.close();
                }
            };
        });
    }

    private static ExternalPostgres start(Path data, PgBinaryResolver binaries) throws IOException, SQLException {
        ExternalPostgres external = new ExternalPostgres(data, binaries);
        external.startServer();
        try (Connection connection = external.server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE hrdcasework");
        }
        try (Connection connection = external.server.getDatabase("postgres", "hrdcasework").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of("docker/initdb/hrd-roles.psql"))
                    .replace(":'owner_password'", "'" + OWNER_PASSWORD + "'").replace(":'app_password'", "'" + APP_PASSWORD + "'"));
        }
        return external;
    }

    private void startServer() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (binaries != null) {
            builder.setPgBinaryResolver(binaries);
        }
        if (port != 0) {
            builder.setPort(port);
        }
        server = builder.start();
        port = server.getPort();
    }

    /** Stops the server (a fast shutdown: connections are cut, committed work is kept). */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Starts it again on the same data and port. */
    void restart() throws IOException {
        startServer();
    }

    /**
     * Runs one of the machine's PostgreSQL client tools (pg_dump, pg_restore, psql) against this
     * server as {@code user}, as an operator would; fails with the tool's output if it fails.
     */
    void runClient(String tool, String user, String password, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool, "-h", "localhost", "-p", Integer.toString(port), "-U", user));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    public int port() {
        return port;
    }

    /** The application's arguments for this database: the two roles, the data key, an administrator. */
    public List<String> applicationArguments() {
        return new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/hrdcasework",
                "--spring.datasource.username=hrd_app",
                "--spring.datasource.password=" + APP_PASSWORD,
                "--spring.flyway.user=hrd_owner",
                "--spring.flyway.password=" + OWNER_PASSWORD,
                "--hrd.crypto.data-key=" + DATA_KEY,
                "--hrd.bootstrap.admin-user=chief",
                "--hrd.bootstrap.admin-password=S3cure!Passw0rd"));
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
