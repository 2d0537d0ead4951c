package org.hrdcasework.duties;

import org.hrdcasework.defenders.Missions;
import org.hrdcasework.system.database.CounterMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * References of the mission's standing duties, e.g. {@code ALPHA-REL-0001} for a defender
 * relationship or {@code ALPHA-VIS-0003} for a senior official's visit. A duty's process carries
 * its reference in the {@code dutyReference} variable (ProcessVariables.DUTY_REFERENCE): its tasks are recorded and escalated
 * against it (as case tasks are against their case).
 */
@Component
public class DutyReferences {

    private final CounterMapper counters;

    DutyReferences(CounterMapper counters) {
        this.counters = counters;
    }

    /** The next reference of this kind in the mission; {@code kind} is a short upper-case code such as REL. */
    @Transactional
    public String next(String missionId, String kind) {
        String mission = Missions.code(missionId);
        long number = counters.next("duty:" + mission + ":" + kind);
        return "%s-%s-%04d".formatted(mission, kind, number);
    }
}
