package org.hrdcasework.relationships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RelationshipMapper {

    boolean hasActiveRelationship(UUID defenderId);

    /** The active relationship with the defender of that case, if any. */
    Optional<RelationshipRecord> findActiveOfCase(UUID caseId);

    /** The most urgent tier among the latest assessments of the defender's open cases; null if none assessed. */
    Integer currentTier(UUID defenderId);

    void insert(RelationshipRecord relationship);

    void updateProcessIds(@Param("id") UUID id, @Param("contactProcessId") String contactProcessId,
                          @Param("securityProcessId") String securityProcessId);

    Optional<RelationshipRecord> findById(UUID id);

    Optional<RelationshipView> findView(@Param("reference") String reference,
                                        @Param("missions") Collection<String> missions);

    List<RelationshipView> findViews(@Param("missions") Collection<String> missions);

    void scheduleContact(@Param("id") UUID id, @Param("tier") int tier, @Param("due") LocalDate due);

    void scheduleSecurityCheck(@Param("id") UUID id, @Param("tier") int tier, @Param("due") LocalDate due);

    LocalDate lastContactOn(UUID relationshipId);

    LocalDate lastSecurityCheckOn(UUID relationshipId);

    void insertContact(ContactLogRecord contact);

    void insertSecurityCheck(SecurityCheckRecord check);

    int recordReferral(@Param("checkId") UUID checkId, @Param("relationshipId") UUID relationshipId,
                       @Param("referredTo") Helpline referredTo, @Param("referredOn") LocalDate referredOn);

    int end(@Param("id") UUID id, @Param("endedAt") OffsetDateTime endedAt, @Param("endedBy") String endedBy,
            @Param("reason") EndReason reason);

    List<ContactLogRecord> contactsOf(UUID relationshipId);

    List<SecurityCheckRecord> securityChecksOf(UUID relationshipId);
}
