package org.hrdcasework.system.engine;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Process definitions are shared by all missions; each process instance belongs to its
 * mission's tenant, taken from the {@code missionId} start variable (or the calling instance's
 * tenant for called processes). Tasks, variables and history inherit the tenant, so the
 * engine's tenant check keeps every mission to its own data.
 */
class MissionTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object mission = ctx.getVariables() == null ? null : ctx.getVariables().get(ProcessVariables.MISSION_ID);
        return mission instanceof String missionId && !missionId.isBlank() ? missionId : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return null;
    }
}
