package org.hrdcasework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.hrdcasework.HrdCaseworkApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without the demo profile there are no demo users and no default password. */
@Tag("own-application")
class AdministratorBootstrapTests {

    private static final String DATA_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dataDirectory;

    @Test
    void refusesToStartWithoutAFirstAdministrator() {
        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("ADMIN_USER and ADMIN_PASSWORD");
    }

    @Test
    void refusesToStartWithoutADataKey() {
        assertThatThrownBy(() -> start("hrd.bootstrap.admin-user=chief", "hrd.bootstrap.admin-password=S3cure!Passw0rd",
                "hrd.crypto.data-key=").close())
                .hasStackTraceContaining("HRD_DATA_KEY");
    }

    @Test
    void createsTheFirstAdministratorAndNoDemoUsers() {
        try (ConfigurableApplicationContext context = start("hrd.bootstrap.admin-user=chief",
                "hrd.bootstrap.admin-password=S3cure!Passw0rd")) {
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.checkPassword("chief", "S3cure!Passw0rd")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).list())
                    .extracting(u -> u.getId()).containsExactly("chief");
            assertThat(identity.createUserQuery().userId("officer.alpha").count()).isZero();
            assertThat(identity.createTenantQuery().count()).isZero();
            assertThat(identity.createGroupQuery().groupIdIn(Roles.ALL.toArray(String[]::new)).count())
                    .isEqualTo(Roles.ALL.size());
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : List.of("hrd.data-directory=" + dataDirectory, "server.port=0",
                "hrd.crypto.data-key=" + DATA_KEY, "camunda.bpm.job-execution.enabled=false",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "hrd.bootstrap.admin-user=", "hrd.bootstrap.admin-password=")) {
            put(properties, property);
        }
        for (String property : extra) {
            put(properties, property);
        }
        // As command-line arguments: they outrank application.yaml, as environment variables would.
        return new SpringApplicationBuilder(HrdCaseworkApplication.class)
                .profiles("production-like")
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static void put(Map<String, String> properties, String property) {
        String[] keyValue = property.split("=", 2);
        properties.put(keyValue[0], keyValue[1]);
    }
}
