package org.hrdcasework.system.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The routing identities of a task or execution, checked against its mission. The mission is the
 * engine's tenant of the instance (set once at start by {@link MissionTenantIdProvider}), never a
 * variable; a case or duty named by a variable must be a row of that mission, or the listener
 * refuses to write anything. People cannot write these variables (see {@link TaskInputGuard});
 * this holds even if one were changed some other way.
 */
@Component
public class MissionScope {

    /** The tables of the standing duties, each with a unique {@code reference} and its {@code mission_id}. */
    private static final List<String> DUTY_TABLES = List.of("case_share", "un_referral", "defender_relationship",
            "engagement", "annual_meeting", "support_application", "mission_report");
    private static final String DUTY_MISSION = String.join(" UNION ALL ", DUTY_TABLES.stream()
            .map(table -> "SELECT mission_id FROM casework." + table + " WHERE reference = ?").toList());
    static final String NOT_OF_MISSION = "does not belong to this task's mission";

    private final JdbcTemplate jdbc;

    MissionScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The mission (tenant) the task or execution belongs to. */
    public static String mission(VariableScope scope) {
        String tenant = scope instanceof DelegateTask task ? task.getTenantId()
                : scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("The process instance belongs to no mission");
        }
        return tenant;
    }

    /** The {@code caseId} variable, or null; a case of another mission is refused. */
    public UUID caseId(VariableScope scope) {
        UUID id = uuid(scope, ProcessVariables.CASE_ID);
        if (id == null) {
            return null;
        }
        require(ProcessVariables.CASE_ID, jdbc.queryForList("SELECT mission_id FROM casework.case_file WHERE id = ?", String.class, id), scope);
        return id;
    }

    /** The variable as a row id, or null; a value that is no id is refused like another mission's. */
    private static UUID uuid(VariableScope scope, String variable) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(variable, NOT_OF_MISSION);
        }
    }

    /** The {@code caseReference} variable, or null; a case of another mission is refused. */
    public String caseReference(VariableScope scope) {
        Object value = scope.getVariable(ProcessVariables.CASE_REFERENCE);
        if (value == null) {
            return null;
        }
        require(ProcessVariables.CASE_REFERENCE, jdbc.queryForList("SELECT mission_id FROM casework.case_file WHERE reference = ?",
                String.class, value.toString()), scope);
        return value.toString();
    }

    /**
     * The {@code caseReference} variable of an escalation watch: a case's reference, or a duty's
     * for work that is not about one case; either must be of the watch's mission.
     */
    public String subjectReference(VariableScope scope) {
        Object value = scope.getVariable(ProcessVariables.CASE_REFERENCE);
        if (value == null) {
            return null;
        }
        String reference = value.toString();
        List<String> missions = jdbc.queryForList("SELECT mission_id FROM casework.case_file WHERE reference = ?",
                String.class, reference);
        if (missions.isEmpty()) {
            missions = dutyMissions(reference);
        }
        require(ProcessVariables.CASE_REFERENCE, missions, scope);
        return reference;
    }

    /** The {@code dutyReference} variable, or null; a duty of another mission (or of none) is refused. */
    public String dutyReference(VariableScope scope) {
        Object value = scope.getVariable(ProcessVariables.DUTY_REFERENCE);
        if (value == null) {
            return null;
        }
        String reference = value.toString();
        require(ProcessVariables.DUTY_REFERENCE, dutyMissions(reference), scope);
        return reference;
    }

    /**
     * The {@code dutyReference} variable of a process that creates its duty's row itself (a mission
     * report's first compile): no row yet is accepted; rows of another mission are refused.
     */
    public String newDutyReference(VariableScope scope) {
        Object value = scope.getVariable(ProcessVariables.DUTY_REFERENCE);
        if (value == null) {
            throw new InvalidInputException(ProcessVariables.DUTY_REFERENCE, NOT_OF_MISSION);
        }
        String reference = value.toString();
        List<String> missions = dutyMissions(reference);
        if (!missions.isEmpty()) {
            require(ProcessVariables.DUTY_REFERENCE, missions, scope);
        }
        return reference;
    }

    /** The missions of the duty rows (relationship, engagement, report...) that carry this reference. */
    private List<String> dutyMissions(String reference) {
        return jdbc.queryForList(DUTY_MISSION, String.class, DUTY_TABLES.stream().map(table -> reference).toArray());
    }

    /** The {@code actionId} variable, or null; an action of a case of another mission is refused. */
    public UUID actionId(VariableScope scope) {
        UUID id = uuid(scope, "actionId");
        if (id == null) {
            return null;
        }
        require("actionId", jdbc.queryForList("SELECT c.mission_id FROM casework.case_action a"
                + " JOIN casework.case_file c ON c.id = a.case_id WHERE a.id = ?", String.class, id), scope);
        return id;
    }

    /** Rows of our tables that an instance names by id, each with the query of its mission. */
    public enum Owned {
        ACTION("SELECT c.mission_id FROM casework.case_action a JOIN casework.case_file c ON c.id = a.case_id WHERE a.id = ?"),
        RELATIONSHIP("SELECT mission_id FROM casework.defender_relationship WHERE id = ?"),
        ENGAGEMENT("SELECT mission_id FROM casework.engagement WHERE id = ?"),
        ANNUAL_MEETING("SELECT mission_id FROM casework.annual_meeting WHERE id = ?"),
        MEETING_INVITATION("SELECT mission_id FROM casework.meeting_invitation WHERE id = ?"),
        SUPPORT_APPLICATION("SELECT mission_id FROM casework.support_application WHERE id = ?");

        private final String missionQuery;

        Owned(String missionQuery) {
            this.missionQuery = missionQuery;
        }
    }

    /**
     * The id in {@code variable}, or null when unset; a row of another mission (or none) is refused.
     * For glue that has no bean at hand: runs in the engine's own transaction, on its connection.
     */
    public static UUID ownRow(VariableScope scope, String variable, Owned row) {
        UUID id = uuid(scope, variable);
        if (id == null) {
            return null;
        }
        List<String> missions = new ArrayList<>();
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(row.missionQuery)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    missions.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the mission of " + variable, e);
        }
        require(variable, missions, scope);
        return id;
    }

    private static void require(String field, List<String> missions, VariableScope scope) {
        String mission = mission(scope);
        if (missions.isEmpty() || !missions.stream().allMatch(mission::equals)) {
            throw new InvalidInputException(field, NOT_OF_MISSION);
        }
    }
}
