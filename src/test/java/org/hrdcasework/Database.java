package org.hrdcasework;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts that tests compare before and after a request. */
public record Database(JdbcTemplate jdbc) {

    /** {@code processInstances}: CaseOfConcern only; {@code allProcessInstances}: escalation watches included. */
    public record Counts(long cases, long defenders, long verifications, long processInstances, long allProcessInstances) {
    }

    public Counts counts() {
        return new Counts(
                count("SELECT count(*) FROM casework.case_file"),
                count("SELECT count(*) FROM casework.defender"),
                count("SELECT count(*) FROM casework.case_verification"),
                count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'CaseOfConcern'"),
                count("SELECT count(*) FROM act_hi_procinst"));
    }

    public long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
