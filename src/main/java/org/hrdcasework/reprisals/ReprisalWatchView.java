package org.hrdcasework.reprisals;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A watch as its process reads it. */
public record ReprisalWatchView(UUID id, String engagementKind, OffsetDateTime openedAt, OffsetDateTime endsAt,
                                OffsetDateTime closedAt) {
}
