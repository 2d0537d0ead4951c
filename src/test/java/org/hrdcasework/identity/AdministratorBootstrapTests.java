package org.hrdcasework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.hrdcasework.HrdCaseworkApplication;
import org.hrdcasework.system.tasklist.TasklistFilters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without the demo profile there are no demo users and no default password; the Tasklist filters are there. */
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
            // Tasklist's role filters are made in every profile (system/tasklist/TasklistFilters), not by the demo data.
            assertThat(context.getBean(FilterService.class).createTaskFilterQuery().list()).extracting(Filter::getName)
                    .containsExactlyInAnyOrder(TasklistFilters.OPEN_TASKS, TasklistFilters.DUE_FIRST,
                            TasklistFilters.ASSIGNED_TO_ME, TasklistFilters.ESCALATED);
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
