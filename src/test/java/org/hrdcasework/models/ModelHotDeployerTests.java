package org.hrdcasework.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.hrdcasework.HrdCaseworkApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The demo dev loop: a changed form is deployed without a restart; a broken one is not. */
@Tag("own-application")
class ModelHotDeployerTests {

    @TempDir
    Path workspace;

    @Test
    void aChangedFileIsDeployedWithoutARestartAndABrokenOneIsNot() throws Exception {
        Path processes = copy(Path.of("processes"), workspace.resolve("processes"));
        Path forms = copy(Path.of("forms"), workspace.resolve("forms"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HrdCaseworkApplication.class).profiles("demo")
                .run("--hrd.data-directory=" + workspace.resolve("data"), "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--hrd.dev.model-directories=" + processes + "," + forms)) {
            ModelHotDeployer deployer = app.getBean(ModelHotDeployer.class);
            RepositoryService repository = app.getBean(RepositoryService.class);
            assertThat(deployer.redeployIfChanged()).as("nothing changed yet").isEmpty();

            Path form = forms.resolve("AssessRisk.form");
            Files.writeString(form, Files.readString(form).replace("How serious are the threats", "How grave are the threats"));
            assertThat(deployer.redeployIfChanged()).containsExactly("AssessRisk.form");

            Deployment deployed = repository.createDeploymentQuery().deploymentName(ModelHotDeployer.DEPLOYMENT_NAME).singleResult();
            try (InputStream in = repository.getResourceAsStream(deployed.getId(), "AssessRisk.form")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("How grave are the threats");
            }
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CaseOfConcern").latestVersion()
                    .singleResult().getDeploymentId()).isEqualTo(deployed.getId());
            assertThat(deployer.redeployIfChanged()).as("no second deployment without a change").isEmpty();

            Files.writeString(form, Files.readString(form).replace("\"id\": \"AssessRisk\"", "\"id\": \"AssessRiskTypo\""));
            assertThat(deployer.redeployIfChanged()).containsExactly("AssessRisk.form");
            assertThat(repository.createDeploymentQuery().deploymentName(ModelHotDeployer.DEPLOYMENT_NAME).count())
                    .as("a change that breaks the rules is not deployed").isOne();
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
