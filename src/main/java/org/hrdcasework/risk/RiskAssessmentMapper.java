package org.hrdcasework.risk;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RiskAssessmentMapper {

    void insert(RiskAssessmentRecord assessment);
}
