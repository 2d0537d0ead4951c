package org.hrdcasework.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Insert and select only: the table refuses updates and deletes (trigger in V3). */
@Mapper
interface AuditMapper {

    void insert(AuditEvent event);

    List<AuditEvent> find(AuditQuery query);
}
