package org.hrdcasework.defenders;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DefenderMapper {

    void insert(DefenderRecord defender);

    Optional<DefenderRecord> findById(UUID id);

    Optional<DefenderRecord> findByCaseId(UUID caseId);

    /** The mission's defenders whose identity is still held. */
    List<DefenderRecord> findIdentifiedByMission(String missionId);

    /** Defenders whose every case has been closed since before {@code closedBefore}, identity not yet erased. */
    List<UUID> findErasable(@Param("closedBefore") OffsetDateTime closedBefore);

    /** Crypto-shredding by deletion: the ciphertexts go, the code name stays. */
    int eraseIdentity(@Param("id") UUID id, @Param("erasedAt") OffsetDateTime erasedAt);

    /** Narratives about the defender go with the identity. */
    int eraseNarratives(@Param("defenderId") UUID defenderId);

    int eraseFurtherReports(@Param("defenderId") UUID defenderId);

    int eraseTaskNotes(@Param("defenderId") UUID defenderId);

    /** Summaries shared with partner missions about the defender's cases (coordination). */
    int eraseSharedSummaries(@Param("defenderId") UUID defenderId);

    /** Communications to the UN about the defender's cases (coordination). */
    int eraseUnSubmissions(@Param("defenderId") UUID defenderId);
}
