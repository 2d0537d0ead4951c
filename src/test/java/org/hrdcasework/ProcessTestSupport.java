package org.hrdcasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.hrdcasework.cases.CaseDriver;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of the process test classes: the shared application, engine services and BPM Assert. */
@CaseworkIntegrationTest
public abstract class ProcessTestSupport {

    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected HistoryService historyService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected CaseDriver driver;
    @Autowired
    protected JdbcTemplate jdbc;
    @LocalServerPort
    protected int port;
    /** The running application over HTTP, as the demo users call it. */
    protected Http http;

    @BeforeEach
    void initProcessAssertions() {
        AbstractAssertions.init(processEngine);
        http = new Http(port);
    }

    /** A test step that may throw. */
    @FunctionalInterface
    protected interface Step {
        void run() throws Exception;
    }

    /**
     * A designer's change to a policy table: deploys processes/{@code file} with {@code original}
     * replaced by {@code changed} as Camunda Modeler does (engine REST), forgets the kept policy
     * answers (a deployment applies within a minute; the test does not wait for it), runs {@code test},
     * and deploys the table as it is again, whatever happened.
     */
    protected void withDesignerChange(String file, String original, String changed, Runnable forget, Step test) throws Exception {
        String table = Files.readString(Path.of("processes", file));
        String edited = table.replace(original, changed);
        assertThat(edited).as("the change applies to %s", file).isNotEqualTo(table);
        try {
            HttpResponse<String> deployed = http.deploy("designer", file, edited);
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            forget.run();
            test.run();
        } finally {
            assertThat(http.deploy("designer", file, table).statusCode()).isEqualTo(200);
            forget.run();
        }
    }
}
