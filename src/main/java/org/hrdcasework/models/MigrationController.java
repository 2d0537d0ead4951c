package org.hrdcasework.models;

import org.hrdcasework.system.web.ApiAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators move running cases of every mission onto a new model version (docs/designers.md):
 * list versions with their running instances, check a migration plan against every instance, then
 * run it as a batch, audited per instance. Designers prepare the version, not the move.
 */
@ApiAccess("camunda-admin (administrators); runs are audited per case")
@RestController
@RequestMapping(path = "/api/migrations", produces = MediaType.APPLICATION_JSON_VALUE)
class MigrationController {

    private final EngineMigrations migrations;

    MigrationController(EngineMigrations migrations) {
        this.migrations = migrations;
    }

    /** Body of {@code POST /api/migrations/{processKey}}. */
    record MigrationRequest(@NotNull @Min(1) Integer fromVersion, @Min(1) Integer toVersion,
                            List<@Valid MappingRequest> mappings, Boolean updateEventTriggers, Boolean execute) {
    }

    record MappingRequest(@NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,99}") String from,
                          @NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,99}") String to) {
    }

    @GetMapping("/{processKey}")
    List<EngineMigrations.Version> versions(@AuthenticationPrincipal Caller caller, @PathVariable String processKey) {
        requireAdministrator(caller);
        return migrations.versions(key(processKey));
    }

    @PostMapping(path = "/{processKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EngineMigrations.Result> migrate(@AuthenticationPrincipal Caller caller, @PathVariable String processKey,
                                                    @Valid @RequestBody MigrationRequest request) {
        requireAdministrator(caller);
        List<EngineMigrations.Mapping> mappings = request.mappings() == null ? List.of()
                : request.mappings().stream().map(m -> new EngineMigrations.Mapping(m.from(), m.to())).toList();
        EngineMigrations.Result result = migrations.migrate(caller.userId(), key(processKey), request.fromVersion(), request.toVersion(), mappings,
                Boolean.TRUE.equals(request.updateEventTriggers()), Boolean.TRUE.equals(request.execute()));
        HttpStatus status = !result.problems().isEmpty() ? HttpStatus.BAD_REQUEST
                : result.batchId() != null ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.hasAnyGroup(List.of(Roles.ADMINISTRATORS))) {
            throw new AccessRefusedException("processKey", "only administrators migrate cases");
        }
    }

    private static String key(String processKey) {
        if (!processKey.matches("[A-Za-z][A-Za-z0-9_]{0,99}")) {
            throw new InvalidInputException("processKey", "must be a process key such as CaseOfConcern");
        }
        return processKey;
    }
}
