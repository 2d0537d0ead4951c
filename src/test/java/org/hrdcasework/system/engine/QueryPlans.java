package org.hrdcasework.system.engine;

import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan PostgreSQL makes for a query, under settings that hold for that one transaction only. */
final class QueryPlans {

    private QueryPlans() {
    }

    /** {@code EXPLAIN query} after {@code SET LOCAL} of each setting (e.g. {@code enable_seqscan = off}), rolled back. */
    static String explain(JdbcTemplate jdbc, String query, String... settings) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String setting : settings) {
                    statement.execute("SET LOCAL " + setting);
                }
                StringBuilder text = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                }
                return text.toString();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
