package org.hrdcasework.risk;

import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RiskAssessmentMapper {

    void insert(RiskAssessmentRecord assessment);

    List<RiskAssessmentRecord> findByCase(UUID caseId);
}
