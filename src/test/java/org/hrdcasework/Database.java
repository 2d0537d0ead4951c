package org.hrdcasework;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts that tests compare before and after a request, and the plaintext scan. */
public record Database(JdbcTemplate jdbc) {

    /** {@code processInstances}: CaseOfConcern only; {@code allProcessInstances}: escalation watches included. */
    public record Counts(long cases, long defenders, long verifications, long processInstances, long allProcessInstances) {
    }

    /** A password of the embedded cluster ({@code superuser}, {@code owner}, {@code app}) from its secret file. */
    public static String embeddedSecret(Path dataDirectory, String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDirectory.resolve("postgres-secret"))) {
            properties.load(reader);
        }
        return properties.getProperty(name);
    }

    /**
     * Writes every dirty page of the embedded cluster to its files. Only a superuser may: the
     * application's own role cannot.
     */
    public static void checkpoint(Path dataDirectory, String jdbcUrl) throws IOException, SQLException {
        try (Connection superuser = DriverManager.getConnection(jdbcUrl, "postgres", embeddedSecret(dataDirectory, "superuser"));
             Statement statement = superuser.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    public Counts counts() {
        return new Counts(
                count("SELECT count(*) FROM casework.case_file"),
                count("SELECT count(*) FROM casework.defender"),
                count("SELECT count(*) FROM casework.case_verification"),
                count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'CaseOfConcern'"),
                count("SELECT count(*) FROM act_hi_procinst"));
    }

    /**
     * Every text, JSON or byte column of our schema and the engine's that contains one of the
     * values, as "schema.table.column holds value": the canary scan of the do-no-harm tests.
     */
    public List<String> plaintextHits(List<String> values) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema IN ('public', 'casework')
                  AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""")) {
            String qualified = column.get("table_schema") + "." + column.get("table_name");
            String name = (String) column.get("column_name");
            boolean bytes = "bytea".equals(column.get("data_type"));
            for (String canary : values) {
                String condition = bytes ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                        : "\"" + name + "\"::text LIKE '%' || ? || '%'";
                if (count("SELECT count(*) FROM " + qualified + " WHERE " + condition, canary) > 0) {
                    hits.add(qualified + "." + name + " holds " + canary);
                }
            }
        }
        return hits;
    }

    public long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
