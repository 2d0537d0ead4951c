package org.hrdcasework.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own commit ceiling on the same cluster: pgbench running one INSERT per transaction
 * in a scratch database, fsync as the cluster is configured.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    /** pgbench from the PATH or PostgreSQL's Debian folders, if installed. */
    static Optional<Path> find() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).sorted().reduce((a, b) -> b);
        }
    }

    /** Transactions per second with {@code clients} clients for {@code seconds}. */
    static double insertsPerSecond(Path pgbench, int port, String database, String password, int clients, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("pgbench", ".sql");
        Files.writeString(script, "INSERT INTO ceiling (v) VALUES (1);\n");
        ProcessBuilder builder = new ProcessBuilder(List.of(pgbench.toString(), "-n", "-h", "localhost", "-p", String.valueOf(port),
                "-U", "postgres", "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T", String.valueOf(seconds),
                "-f", script.toString(), database)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
