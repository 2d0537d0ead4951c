package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.List;

/** A case's reprisal watches and linked reprisals, as its mission's officers see them: kinds and dates only. */
public record CaseReprisals(List<Watch> watches, List<Reprisal> reprisals) {

    public record Watch(String engagementKind, OffsetDateTime openedAt, OffsetDateTime endsAt, OffsetDateTime closedAt) {
    }

    public record Reprisal(String engagementKind, String reprisalKind, String source, OffsetDateTime recordedAt, Boolean confirmed) {
    }
}
