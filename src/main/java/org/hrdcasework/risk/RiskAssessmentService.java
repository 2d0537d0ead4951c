package org.hrdcasework.risk;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hrdcasework.cases.CaseFileService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every risk assessment of a case and the case's current risk level and urgency tier. */
@Service
public class RiskAssessmentService {

    private final RiskAssessmentMapper mapper;
    private final CaseFileService caseFileService;
    private final Clock clock;

    RiskAssessmentService(RiskAssessmentMapper mapper, CaseFileService caseFileService, Clock clock) {
        this.mapper = mapper;
        this.caseFileService = caseFileService;
        this.clock = clock;
    }

    /** Assessment inputs, as answered with the defender. */
    public record Inputs(String threatLevel, String vulnerabilityLevel, String capacityLevel, String defenderStatus) {
    }

    /** What the RiskTier decision table gave. */
    public record Decision(String riskLevel, int urgencyTier, String reviewInterval) {
    }

    @Transactional
    public void record(UUID caseId, Inputs inputs, Decision decision, String assessedBy) {
        mapper.insert(new RiskAssessmentRecord(UUID.randomUUID(), caseId, inputs.threatLevel(),
                inputs.vulnerabilityLevel(), inputs.capacityLevel(), inputs.defenderStatus(), decision.riskLevel(),
                decision.urgencyTier(), decision.reviewInterval(), assessedBy, OffsetDateTime.now(clock)));
        caseFileService.updateRisk(caseId, decision.riskLevel(), decision.urgencyTier());
    }
}
