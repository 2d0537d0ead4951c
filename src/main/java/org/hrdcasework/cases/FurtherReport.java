package org.hrdcasework.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A new threat report for the defender of an existing case ({@code POST /api/cases/{reference}/reports}). */
public record FurtherReport(@NotNull @Valid ThreatReport.Threat threat, @NotNull ReportChannel channel) {
}
