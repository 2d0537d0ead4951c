package org.hrdcasework.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The data key comes from configuration ({@code HRD_DATA_KEY}), never from the database or the
 * repository. Only the demo profile may generate one, kept beside the embedded database in the
 * data directory, and it says so loudly in the log.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    static final String DEMO_KEY_FILE = "demo-data.key";
    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    FieldCipher fieldCipher(@Value("${hrd.crypto.data-key:}") String configuredKey,
                            @Value("${hrd.crypto.previous-data-keys:}") List<String> previousKeys,
                            @Value("${hrd.data-directory}") Path dataDirectory, Environment environment) {
        List<byte[]> previous = previousKeys.stream().filter(StringUtils::hasText).map(CryptoConfiguration::decode).toList();
        if (StringUtils.hasText(configuredKey)) {
            return new FieldCipher(decode(configuredKey), previous);
        }
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("HRD_DATA_KEY is not set: give a Base64-encoded 256-bit key "
                    + "(e.g. `openssl rand -base64 32`) to protect defender identities");
        }
        return new FieldCipher(demoKey(dataDirectory.resolve(DEMO_KEY_FILE)));
    }

    private static byte[] decode(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new IllegalStateException("HRD_DATA_KEY must decode to 32 bytes, not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("HRD_DATA_KEY is not valid Base64");
        }
    }

    private static byte[] demoKey(Path file) {
        try {
            if (Files.exists(file)) {
                log.warn("Demo profile: using the generated demo data key in {}. Real deployments set HRD_DATA_KEY.",
                        file.toAbsolutePath());
                return decode(Files.readString(file));
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            log.warn("Demo profile: generated a demo data key in {}. Anyone with this file can read the demo "
                    + "identities; real deployments set HRD_DATA_KEY.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the demo data key " + file.toAbsolutePath(), e);
        }
    }
}
