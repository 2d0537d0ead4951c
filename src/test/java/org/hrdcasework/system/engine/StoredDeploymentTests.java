package org.hrdcasework.system.engine;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;

/**
 * After a restart the engine's definition cache is empty, and it re-parses each stored deployment
 * with only the resource it needs: the deployment guard must not refuse that as a new deployment
 * missing its forms.
 */
class StoredDeploymentTests extends ProcessTestSupport {

    @Test
    void processesStartFromStoredDeploymentsWithAColdCache() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        configuration.getDeploymentCache().discardProcessDefinitionCache();
        configuration.getDeploymentCache().discardDecisionDefinitionCache();

        ProcessInstance instance = driver.verifiedCase(ThreatType.DEATH_THREAT);

        assertThat(instance).isWaitingAt(CaseOfConcernProcess.TASK_ASSESS_RISK);
    }
}
