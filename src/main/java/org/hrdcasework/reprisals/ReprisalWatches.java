package org.hrdcasework.reprisals;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hrdcasework.cases.ThreatReportFiled;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reprisal watches: every act that makes a defender's link to the mission visible opens one on
 * the case (or extends the case's open watch: one watch, and one process, per case at a time),
 * for REPRISAL_WATCH days of check-ins (processes/Cadences.dmn). A threat report on the defender
 * while a watch runs is linked to its engagement for an officer to confirm; confirmed reprisals
 * are counted in the month's report by engagement kind. Ids only: the engagement is the id of its row.
 */
@Service
public class ReprisalWatches {

    private static final Logger log = LoggerFactory.getLogger(ReprisalWatches.class);

    private final ReprisalMapper mapper;
    private final ReprisalEngine engine;
    private final Cadences cadences;
    private final Clock clock;

    ReprisalWatches(ReprisalMapper mapper, ReprisalEngine engine, Cadences cadences, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.cadences = cadences;
        this.clock = clock;
    }

    /**
     * Opens a watch on the case after {@code kind} (the engagement's row id in {@code engagementRef},
     * never a name) at {@code at}; if the case already has an open watch, that watch covers the new
     * engagement too and runs until REPRISAL_WATCH days after it, whichever end is later. Returns the watch id.
     */
    @Transactional
    public UUID open(UUID caseId, VisibleEngagement kind, String engagementRef, Instant at) {
        if (kind == null || engagementRef == null || engagementRef.isBlank() || at == null) {
            throw new IllegalArgumentException("A reprisal watch needs the engagement's kind, row id and time");
        }
        WatchedCase c = mapper.findCase(caseId).orElseThrow(() -> new InvalidInputException("caseId", "names no case"));
        OffsetDateTime engagementAt = at.atOffset(ZoneOffset.UTC);
        OffsetDateTime endsAt = engagementAt.plusDays(cadences.days(Cadences.REPRISAL_WATCH, c.urgencyTier()));
        Optional<ReprisalWatchRecord> open = mapper.findOpenWatchOfCase(c.id(), c.missionId());
        if (open.isPresent()) {
            ReprisalWatchRecord watch = open.get();
            mapper.insertEngagement(watch.id(), c.missionId(), kind.name(), engagementRef, engagementAt);
            if (endsAt.isAfter(watch.endsAt())) {
                mapper.extendWatch(watch.id(), c.missionId(), endsAt);
                engine.extend(watch.processInstanceId(), endsAt);
            }
            log.info("Reprisal watch {} on case {} extended after {}", watch.id(), c.reference(), kind);
            return watch.id();
        }
        UUID id = UUID.randomUUID();
        mapper.insertWatch(new ReprisalWatchRecord(id, c.missionId(), c.id(), c.defenderId(), kind.name(), engagementRef,
                engagementAt, OffsetDateTime.now(clock), endsAt, null, null));
        mapper.insertEngagement(id, c.missionId(), kind.name(), engagementRef, engagementAt);
        mapper.updateProcessInstance(id, c.missionId(), engine.start(c, id));
        log.info("Reprisal watch {} opened on case {} after {}", id, c.reference(), kind);
        return id;
    }

    /**
     * An engagement that makes a defender (not one case) visible, e.g. attending the annual meeting:
     * a watch on each of the defender's open cases in the mission (none when there is none). Returns the watches.
     */
    @Transactional
    public List<UUID> openForDefender(UUID defenderId, String missionId, VisibleEngagement kind, String engagementRef, Instant at) {
        if (defenderId == null) {
            return List.of();
        }
        return mapper.openCasesOfDefender(defenderId, missionId).stream().map(c -> open(c, kind, engagementRef, at)).toList();
    }

    /** The watch of the mission, as its process needs it (refused when it is another mission's). */
    @Transactional(readOnly = true)
    public ReprisalWatchView watch(UUID watchId, String missionId) {
        ReprisalWatchRecord w = mapper.findWatch(watchId, missionId)
                .orElseThrow(() -> new InvalidInputException(ReprisalProcesses.WATCH_ID, "names no watch of this mission"));
        return new ReprisalWatchView(w.id(), w.engagementKind(), w.openedAt(), w.endsAt(), w.closedAt());
    }

    /** The watch period ran out: the watch is closed (idempotent: a retried timer closes nothing twice). */
    @Transactional
    public void close(UUID watchId, String missionId) {
        watch(watchId, missionId);
        mapper.closeWatch(watchId, missionId, OffsetDateTime.now(clock));
    }

    /**
     * A check-in saw a reprisal: recorded, confirmed by the officer who saw it, against the watch's
     * first engagement. Returns the defender's id (null when the case has none) for the reassessment.
     */
    @Transactional
    public UUID recordCheckInReprisal(UUID watchId, String missionId, ReprisalKind kind, String officer) {
        ReprisalWatchRecord w = mapper.findWatch(watchId, missionId)
                .orElseThrow(() -> new InvalidInputException(ReprisalProcesses.WATCH_ID, "names no watch of this mission"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        mapper.insertReprisal(new ReprisalRecord(UUID.randomUUID(), missionId, w.caseId(), w.id(), w.engagementKind(), kind.name(),
                ReprisalSource.CHECK_IN.name(), null, now, true, officer, now));
        return w.defenderId();
    }

    /**
     * A threat report on a defender (a new case, or a further report on a case): if the defender
     * has an open watch in the mission, the report is linked to its engagement and the watch's
     * process asks an officer to confirm the link.
     */
    @EventListener
    @Transactional
    public void onThreatReport(ThreatReportFiled report) {
        if (report.defenderId() == null) {
            return;
        }
        mapper.findOpenWatchOfDefender(report.defenderId(), report.missionId()).ifPresent(w -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            mapper.insertReprisal(new ReprisalRecord(UUID.randomUUID(), w.missionId(), w.caseId(), w.id(), w.engagementKind(),
                    null, ReprisalSource.THREAT_REPORT.name(), report.caseId(), now, null, null, null));
            engine.proposeLink(w.processInstanceId());
            log.info("Threat report on case {} linked to reprisal watch {} for confirmation", report.caseId(), w.id());
        });
    }

    /** The officer's decision on the oldest proposed link of the watch. */
    @Transactional
    public void decideLink(UUID watchId, String missionId, ReprisalLink decision, String officer) {
        ReprisalRecord pending = mapper.findPendingLink(watchId, missionId)
                .orElseThrow(() -> new InvalidInputException(ReprisalProcesses.REPRISAL_LINK, "there is no proposed link to decide"));
        mapper.decideLink(pending.id(), missionId, decision == ReprisalLink.CONFIRMED, officer, OffsetDateTime.now(clock));
    }

    /** The case's watches and reprisals, for a caller of the case's mission (the controller checks the mission). */
    @Transactional(readOnly = true)
    public CaseReprisals ofCase(UUID caseId, String missionId) {
        List<CaseReprisals.Watch> watches = mapper.watchesOfCase(caseId, missionId).stream()
                .map(w -> new CaseReprisals.Watch(w.engagementKind(), w.openedAt(), w.endsAt(), w.closedAt())).toList();
        List<CaseReprisals.Reprisal> reprisals = mapper.reprisalsOfCase(caseId, missionId).stream()
                .map(r -> new CaseReprisals.Reprisal(r.engagementKind(), r.reprisalKind(), r.source(), r.recordedAt(), r.confirmed()))
                .toList();
        return new CaseReprisals(watches, reprisals);
    }
}
