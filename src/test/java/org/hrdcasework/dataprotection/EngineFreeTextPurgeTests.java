package org.hrdcasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.Database;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.records.TaskRecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * db/migration/V11: what earlier versions left in the engine's tables (form-property history of
 * every submitted string, sensitive_* variables, the two former free-text fields) is removed with
 * its byte arrays; everything else stays. The migration is run again here on rows planted the way
 * those versions wrote them (Flyway ran it at start-up, before the engine created its tables).
 * The two former free-text answers recorded in clear in task_record are moved into its encrypted
 * notes at start-up.
 */
@CaseworkIntegrationTest
class EngineFreeTextPurgeTests {

    private static final String MIGRATION = "db/migration/V11__purge_engine_free_text.sql";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskRecordService records;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeKeptRows() {
        jdbc.update("DELETE FROM act_hi_detail WHERE id_ LIKE ?", tag + "%");
        jdbc.update("DELETE FROM act_hi_varinst WHERE id_ LIKE ?", tag + "%");
        jdbc.update("DELETE FROM act_ru_variable WHERE id_ LIKE ?", tag + "%");
        jdbc.update("DELETE FROM act_ge_bytearray WHERE id_ LIKE ?", tag + "%");
    }

    @Test
    void formPropertiesAndSensitiveVariablesAreRemovedWithTheirByteArraysAndNothingElse() throws IOException {
        // Gone: a form property of any name, sensitive_* anywhere, the former free-text fields.
        detail("form", "FormProperty", "riskLevel", null);
        detail("formNote", "FormProperty", "sensitive_notes", null);
        detail("update", "VariableUpdate", "sensitive_notes", bytes("updateBytes"));
        varinst("hiNote", "sensitive_assessmentNotes", bytes("hiBytes"));
        varinst("hiPartners", "partnerMissions", null);
        varinst("hiPublication", "publicationReference", null);
        variable("ruNote", "sensitive_draft", bytes("ruBytes"));
        variable("ruPartners", "partnerMissions", null);
        // Kept: routing facts and their byte arrays, and a name that only looks alike.
        detail("keepUpdate", "VariableUpdate", "riskLevel", null);
        varinst("keepRisk", "riskLevel", bytes("keepHiBytes"));
        varinst("keepLookalike", "sensitiveXnotes", null);
        variable("keepCase", "caseId", bytes("keepRuBytes"));

        jdbc.execute(new String(new ClassPathResource(MIGRATION).getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        assertThat(ids("act_hi_detail")).containsExactly(tag + "keepUpdate");
        assertThat(ids("act_hi_varinst")).containsExactlyInAnyOrder(tag + "keepRisk", tag + "keepLookalike");
        assertThat(ids("act_ru_variable")).containsExactly(tag + "keepCase");
        assertThat(ids("act_ge_bytearray")).containsExactlyInAnyOrder(tag + "keepHiBytes", tag + "keepRuBytes");
    }

    @Test
    void flywayAppliedTheMigrationAtStartUp() {
        // On this fresh database Flyway ran before the engine created its tables: the migration found none and
        // did nothing, without failing the start-up.
        assertThat(jdbc.queryForObject("SELECT success FROM casework.flyway_schema_history WHERE version = '11'", Boolean.class))
                .isTrue();
    }

    @Test
    void freeTextThatEarlierVersionsRecordedInClearIsMovedIntoTheEncryptedNotes() {
        String duty = "LEGACY-" + tag;
        String publication = "Legacy publication " + UUID.randomUUID();
        String partners = "Legacy partners " + UUID.randomUUID();
        // As earlier versions recorded them: the free text among the plain answers.
        records.record(new TaskRecordService.Subject(null, "mission-alpha", duty), null, ActionProcesses.TASK_PUBLISH_STATEMENT, "PublishStatement",
                Map.of("publishedOn", "2026-01-05", "publicationReference", publication), Map.of(), "officer.alpha");
        records.record(new TaskRecordService.Subject(null, "mission-alpha", duty), null, ActionProcesses.TASK_COORDINATE,
                "CoordinateWithLikeMindedMissions", Map.of("partnerMissions", partners, "coordinationForm", "JOINT_DEMARCHE"),
                Map.of("coordinationNotes", "Met the delegations"), "officer.alpha");
        assertThat(new Database(jdbc).plaintextHits(List.of(publication, partners))).hasSize(2);

        assertThat(records.sealLegacyFreeText()).isGreaterThanOrEqualTo(2);

        assertThat(new Database(jdbc).plaintextHits(List.of(publication, partners))).isEmpty();
        List<TaskRecordService.TaskRecordView> views = records.dutyRecordsOf(CaseDriver.OFFICER_ALPHA, duty);
        assertThat(views).extracting(TaskRecordService.TaskRecordView::answers).containsExactly(
                Map.of("publishedOn", "2026-01-05"), Map.of("coordinationForm", "JOINT_DEMARCHE"));
        assertThat(views).extracting(TaskRecordService.TaskRecordView::notes).containsExactly(
                Map.of("publicationReference", publication),
                Map.of("coordinationNotes", "Met the delegations", "partnerMissions", partners));
        assertThat(records.sealLegacyFreeText()).isZero();
    }

    private String bytes(String id) {
        jdbc.update("INSERT INTO act_ge_bytearray (id_, rev_, name_, bytes_) VALUES (?, 1, 'probe', ?)", tag + id,
                "value".getBytes(StandardCharsets.UTF_8));
        return tag + id;
    }

    private void detail(String id, String type, String name, String byteArray) {
        jdbc.update("INSERT INTO act_hi_detail (id_, type_, name_, text_, time_, bytearray_id_) VALUES (?, ?, ?, 'x', now(), ?)",
                tag + id, type, name, byteArray);
    }

    private void varinst(String id, String name, String byteArray) {
        jdbc.update("INSERT INTO act_hi_varinst (id_, name_, var_type_, text_, bytearray_id_) VALUES (?, ?, 'string', 'x', ?)",
                tag + id, name, byteArray);
    }

    private void variable(String id, String name, String byteArray) {
        jdbc.update("INSERT INTO act_ru_variable (id_, rev_, type_, name_, text_, bytearray_id_) VALUES (?, 1, 'string', ?, 'x', ?)",
                tag + id, name, byteArray);
    }

    private List<String> ids(String table) {
        return jdbc.queryForList("SELECT id_ FROM " + table + " WHERE id_ LIKE ?", String.class, tag + "%");
    }
}
