package org.hrdcasework.reporting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hrdcasework.system.engine.MissionScope;
import org.hrdcasework.system.engine.TaskActors;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine glue of processes/MissionReport.bpmn: each bean reads ids and calls one MissionReports method. */
@Configuration(proxyBeanMethods = false)
class MissionReportDelegates {

    /** The report's mission is the instance's tenant; its reference must be a report of that mission. */
    private final MissionScope missionScope;

    MissionReportDelegates(MissionScope missionScope) {
        this.missionScope = missionScope;
    }

    /** Task_CompileReport: writes (or rewrites, after a recompile) the report row with its figures. */
    @Bean
    JavaDelegate compileReportDelegate(MissionReports missionReports) {
        // The first compile creates the row: a reference of no report yet is accepted, one of another mission is not.
        return execution -> missionReports.compile(missionScope.newDutyReference(execution), MissionScope.mission(execution),
                ReportKind.valueOf((String) execution.getVariable(ReportProcesses.REPORT_KIND)),
                new ReportPeriod(LocalDate.parse((String) execution.getVariable(ReportProcesses.PERIOD_START)),
                        LocalDate.parse((String) execution.getVariable(ReportProcesses.PERIOD_END))),
                (String) execution.getVariable(ReportProcesses.REQUESTED_BY), execution.getProcessInstanceId());
    }

    /** On completing Task_ReviewMissionReport: checks the decision; an approval is recorded with its author. */
    @Bean
    TaskListener reviewMissionReportListener(MissionReports missionReports) {
        return task -> {
            Object decision = task.getVariable(ReportProcesses.REVIEW_DECISION);
            if (ReportProcesses.APPROVE.equals(decision)) {
                missionReports.approve(missionScope.dutyReference(task), TaskActors.actor(task));
            } else if (!ReportProcesses.RECOMPILE.equals(decision)) {
                throw new InvalidInputException(ReportProcesses.REVIEW_DECISION, "answer APPROVE or RECOMPILE");
            }
        };
    }

    /** Task_SendReportToHeadquarters: status SENT, audited as an export. */
    @Bean
    JavaDelegate sendReportToHeadquartersDelegate(MissionReports missionReports) {
        return execution -> missionReports.send(missionScope.dutyReference(execution));
    }

    /** On completing Task_AcknowledgeMissionReport: headquarters confirms receipt. */
    @Bean
    TaskListener acknowledgeMissionReportListener(MissionReports missionReports) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(ReportProcesses.ACKNOWLEDGED))) {
                throw new InvalidInputException(ReportProcesses.ACKNOWLEDGED, "tick to confirm that headquarters received the report");
            }
            missionReports.acknowledge(missionScope.dutyReference(task), TaskActors.actor(task));
        };
    }
}
