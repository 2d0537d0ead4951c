package org.hrdcasework.models;

import org.hrdcasework.system.web.ApiAccess;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.engine.DeploymentGuard;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/models/validation}: designers check BPMN, DMN and form files against the
 * rules every deployment must pass, without deploying them (docs/designers.md).
 */
@ApiAccess("process-designers, camunda-admin")
@RestController
class ModelValidationController {

    static final int MAX_FILES = 50;

    private final BeanFactory beans;

    ModelValidationController(BeanFactory beans) {
        this.beans = beans;
    }

    /** The verdict: valid when there are no problems. */
    record Validation(boolean valid, List<String> problems) {
    }

    @PostMapping(path = "/api/models/validation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Validation validate(@AuthenticationPrincipal Caller caller, @RequestParam("files") List<MultipartFile> files)
            throws IOException {
        if (!caller.hasAnyGroup(List.of(Roles.PROCESS_DESIGNERS, Roles.ADMINISTRATORS))) {
            throw new AccessRefusedException("files", "only process designers and administrators validate models");
        }
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new InvalidInputException("files", "send between 1 and " + MAX_FILES + " files");
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (name == null || name.isBlank() || name.contains("..") || name.length() > 200) {
                throw new InvalidInputException("files", "every file needs a plain file name");
            }
            contents.put(name, file.getBytes());
        }
        List<String> problems = DeploymentGuard.problems(contents, beans::containsBean);
        return new Validation(problems.isEmpty(), problems);
    }
}
