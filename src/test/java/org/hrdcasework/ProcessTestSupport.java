package org.hrdcasework;

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
}
