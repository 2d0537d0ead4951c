package org.hrdcasework.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A separately started PostgreSQL playing the external server of a deployment, with the database
 * and the two roles that docker/initdb/hrd-roles.psql (the script of docs/operations.md) creates.
 * It can be stopped and started again on the same data and port, like a server that restarts.
 */
final class ExternalPostgres implements AutoCloseable {

    static final String OWNER_PASSWORD = "Owner-Passw0rd";
    static final String APP_PASSWORD = "App-Passw0rd";
    static final String DATA_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final Path data;
    private int port;
    private EmbeddedPostgres server;

    private ExternalPostgres(Path data) {
        this.data = data;
    }

    /** A new server with an empty hrdcasework database and the roles. */
    static ExternalPostgres start(Path data) throws IOException, SQLException {
        ExternalPostgres external = new ExternalPostgres(data);
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
     * A cold file-level backup, as a restore drill starts from: the server is stopped, its data
     * folder copied (owner and modes kept, as PostgreSQL requires), and a new server started on the
     * copy, on a new port.
     */
    ExternalPostgres copyToNewServer(Path copy) throws IOException, InterruptedException {
        boolean wasRunning = server != null;
        if (wasRunning) {
            stop();
        }
        Process cp = new ProcessBuilder("cp", "-a", data.toString(), copy.toString()).inheritIO().start();
        if (cp.waitFor() != 0) {
            throw new IOException("cp -a " + data + " " + copy + " failed");
        }
        ExternalPostgres restored = new ExternalPostgres(copy);
        restored.startServer();
        return restored;
    }

    int port() {
        return port;
    }

    /** The application's arguments for this database: the two roles, the data key, an administrator. */
    List<String> applicationArguments() {
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
