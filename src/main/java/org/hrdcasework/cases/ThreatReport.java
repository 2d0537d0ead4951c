package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A threat report as filed through {@code POST /api/cases}. Everything here except the
 * mission, the threat type, the date and the channel is sensitive and stored encrypted.
 */
public record ThreatReport(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a mission id such as mission-alpha")
        String mission,
        @NotNull @Valid Defender defender,
        @NotNull @Valid Threat threat,
        @NotNull ReportChannel channel,
        @Size(max = 500) String source) {

    public record Defender(
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 500) String contact,
            @Size(max = 300) String organisation,
            @Size(max = 300) String location,
            @Size(max = 500) String photoReference,
            @Size(max = 1000) String family) {

        /** Name and contact only; the other identity fields are optional. */
        public Defender(String fullName, String contact) {
            this(fullName, contact, null, null, null, null);
        }

        @Override
        public String toString() {
            return "Defender[<redacted>]";
        }
    }

    public record Threat(
            @NotNull ThreatType type,
            @NotBlank @Size(max = 10_000) String description,
            @NotNull @PastOrPresent @JsonFormat(lenient = OptBoolean.FALSE) LocalDate occurredOn) {

        @Override
        public String toString() {
            return "Threat[type=" + type + ", occurredOn=" + occurredOn + ", description=<redacted>]";
        }
    }

    @Override
    public String toString() {
        return "ThreatReport[mission=" + mission + ", threat=" + threat + ", channel=" + channel + "]";
    }
}
