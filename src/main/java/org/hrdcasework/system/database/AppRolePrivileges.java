package org.hrdcasework.system.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration run (so on every start, and for tables that new migrations add), as the
 * owner role that Flyway connects as: the application's role may read and write the casework
 * tables, but only append to the audit log and only read the migration history. Not being their
 * owner, it cannot alter them either (disable the audit trigger, drop a table, truncate).
 * <p>The app role is whoever the application's own DataSource connects as. When that is the
 * owner itself (an external database configured with one role only), there is nothing to grant
 * and the app warns: it could then disable the audit trail's trigger.
 */
@Component
class AppRolePrivileges implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppRolePrivileges.class);
    static final String SCHEMA = "casework";
    /** Tables the application may only read and add to: the trigger forbids changes, and so do the rights. */
    static final List<String> APPEND_ONLY_TABLES = List.of("audit_event");

    private final DataSource dataSource;

    AppRolePrivileges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "app-role-privileges";
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            String appRole;
            boolean appIsSuperuser;
            try (Connection app = dataSource.getConnection(); Statement statement = app.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")) {
                rs.next();
                appRole = rs.getString(1);
                appIsSuperuser = rs.getBoolean(2);
            }
            String ownerRole;
            try (Statement statement = context.getConnection().createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_user")) {
                rs.next();
                ownerRole = rs.getString(1);
            }
            if (appIsSuperuser || appRole.equals(ownerRole)) {
                log.warn("The application connects to the database as {}, {}: it could disable the audit log's "
                                + "protection. Give Flyway the owner role (SPRING_FLYWAY_USER/PASSWORD) and the application "
                                + "a role of its own (SPRING_DATASOURCE_USERNAME/PASSWORD); see docs/operations.md",
                        appRole, appIsSuperuser ? "a superuser" : "the owner of the casework tables");
                return;
            }
            String app = identifier(appRole);
            String history = identifier(context.getConfiguration().getTable());
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + app);
                // From a clean slate: no TRUNCATE, REFERENCES or TRIGGER, whoever granted them.
                statement.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + SCHEMA + " FROM " + app);
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + SCHEMA + " TO " + app);
                for (String table : APPEND_ONLY_TABLES) {
                    statement.execute("REVOKE UPDATE, DELETE ON " + SCHEMA + "." + table + " FROM " + app);
                }
                statement.execute("REVOKE INSERT, UPDATE, DELETE ON " + SCHEMA + "." + history + " FROM " + app);
                statement.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + SCHEMA + " FROM " + app);
                statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + SCHEMA + " TO " + app);
            }
            log.info("Database role {} may read and write the {} tables and only append to {}", appRole, SCHEMA,
                    APPEND_ONLY_TABLES);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's role its rights on schema " + SCHEMA
                    + ": " + e.getMessage(), e);
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
