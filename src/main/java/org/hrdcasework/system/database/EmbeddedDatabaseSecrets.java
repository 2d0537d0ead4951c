package org.hrdcasework.system.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passwords of the embedded cluster's three roles (superuser, schema owner, application),
 * generated on first use and kept in one file readable by the app's own OS user only (0600).
 * The file lives next to the cluster, in {@code hrd.data-directory}: whoever can read it can read
 * the cluster's files anyway.
 */
public record EmbeddedDatabaseSecrets(String superuserPassword, String ownerPassword, String appPassword) {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSecrets.class);
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "EmbeddedDatabaseSecrets[hidden]";
    }

    /** Reads the file, or creates it (mode 0600 from the first byte) with new random passwords. */
    public static EmbeddedDatabaseSecrets loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        Properties properties = new Properties();
        properties.setProperty("superuser", generate());
        properties.setProperty("owner", generate());
        properties.setProperty("app", generate());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Passwords of the embedded PostgreSQL roles. Keep private (mode 0600); "
                    + "losing it locks the app out of its database.");
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
            return load(file);
        }
        log.info("Generated the embedded PostgreSQL passwords in {}", file.toAbsolutePath());
        return load(file);
    }

    private static EmbeddedDatabaseSecrets load(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!permissions.equals(OWNER_ONLY)) {
            log.warn("{} was readable by others ({}); restricting it to its owner (0600)", file.toAbsolutePath(),
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        EmbeddedDatabaseSecrets secrets = new EmbeddedDatabaseSecrets(properties.getProperty("superuser"),
                properties.getProperty("owner"), properties.getProperty("app"));
        if (isBlank(secrets.superuserPassword) || isBlank(secrets.ownerPassword) || isBlank(secrets.appPassword)) {
            throw new IOException(file.toAbsolutePath() + " lacks one of the passwords superuser, owner, app");
        }
        return secrets;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
