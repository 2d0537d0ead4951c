package org.hrdcasework.coordination;

import java.util.UUID;

/** A like-minded mission or institution a mission works with, by its public name. */
record PartnerMission(UUID id, String missionId, String name, PartnerKind kind, boolean active) {
}
