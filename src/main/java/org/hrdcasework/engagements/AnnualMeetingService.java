package org.hrdcasework.engagements;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.engine.Cadences;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual meeting between the mission's defenders and diplomats (EU Guidelines): one per
 * mission and year. The invitation list is the defenders with an open case or a case closed in
 * the last 12 months; only those who consent are invited (do no harm).
 */
@Service
class AnnualMeetingService {

    static final Set<String> CHANNELS = Set.of("IN_PERSON", "SECURE_CALL", "SECURE_MESSAGE", "TRUSTED_INTERMEDIARY");

    private final EngagementMapper mapper;
    private final DutyReferences dutyReferences;
    private final EngagementEngine engine;
    private final TaskRecordService taskRecordService;
    private final Clock clock;
    private final Cadences cadences;
    private final ReprisalWatches reprisalWatches;

    AnnualMeetingService(EngagementMapper mapper, DutyReferences dutyReferences, EngagementEngine engine,
                         TaskRecordService taskRecordService, Clock clock, Cadences cadences, ReprisalWatches reprisalWatches) {
        this.reprisalWatches = reprisalWatches;
        this.mapper = mapper;
        this.dutyReferences = dutyReferences;
        this.engine = engine;
        this.taskRecordService = taskRecordService;
        this.clock = clock;
        this.cadences = cadences;
    }

    /** Body of {@code POST /api/annual-meetings}. */
    record MeetingRequest(
            @NotBlank @Size(max = 64) String mission,
            @NotNull Integer year,
            @NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDate plannedOn) {
    }

    /** The next year's meeting of a series. */
    record NextYear(UUID meetingId, String reference, int year, LocalDate plannedOn) {
    }

    /** A checklist option: value is the invitation id, the label the defender's code name. */
    record InviteeOption(String label, String value) {
    }

    /** Plans the year's meeting and starts the series; returns the meeting's reference. */
    @Transactional
    public String plan(Caller caller, MeetingRequest request) {
        if (!caller.hasAnyGroup(EngagementService.MAY_PLAN)) {
            throw new AccessRefusedException("mission", "only senior officials and supervisors plan the annual meeting");
        }
        if (!caller.isMemberOf(request.mission())) {
            throw new AccessRefusedException("mission", "'" + request.mission() + "' is not one of your missions");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.year() < today.getYear() || request.year() > today.getYear() + 10) {
            throw new InvalidInputException("year", "must be this year or one of the next ten");
        }
        if (request.plannedOn().getYear() != request.year()) {
            throw new InvalidInputException("plannedOn", "must be a date in " + request.year());
        }
        if (!request.plannedOn().isAfter(today)) {
            throw new InvalidInputException("plannedOn", "must be a future date");
        }
        if (mapper.meetingExists(request.mission(), request.year())) {
            throw new ConflictException("The " + request.year() + " meeting of " + request.mission() + " is already planned");
        }
        UUID id = UUID.randomUUID();
        String reference = dutyReferences.next(request.mission(), EngagementProcesses.KIND_MEETING);
        try {
            mapper.insertMeeting(new AnnualMeetingRecord(id, reference, request.mission(), request.year(),
                    request.plannedOn(), AnnualMeetingRecord.PLANNING, null, caller.userId(), OffsetDateTime.now(clock), null));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The " + request.year() + " meeting of " + request.mission() + " is already planned");
        }
        mapper.setMeetingProcessInstance(id,
                engine.startAnnualMeetings(id, reference, request.mission(), request.year(), request.plannedOn()));
        return reference;
    }

    /**
     * Puts every defender of the mission with an open case, or a case closed in the last 12
     * months, on the meeting's list (consent pending); returns the invitation ids. Repeatable.
     */
    @Transactional
    public List<UUID> buildInvitationList(UUID meetingId) {
        AnnualMeetingRecord meeting = meeting(meetingId);
        List<InvitationRecord> existing = mapper.findInvitations(meetingId);
        if (existing.isEmpty()) {
            for (UUID defenderId : mapper.findInvitableDefenders(meeting.missionId(), OffsetDateTime.now(clock).minusMonths(12))) {
                mapper.insertInvitation(new InvitationRecord(UUID.randomUUID(), meetingId, defenderId, meeting.missionId(),
                        null, InvitationRecord.PENDING, null, false, false));
            }
            existing = mapper.findInvitations(meetingId);
        }
        mapper.updateMeetingStatus(meetingId, AnnualMeetingRecord.INVITING);
        return existing.stream().map(InvitationRecord::id).toList();
    }

    @Transactional(readOnly = true)
    public InvitationRecord invitation(UUID invitationId) {
        return mapper.findInvitation(invitationId)
                .orElseThrow(() -> new IllegalStateException("Invitation " + invitationId + " does not exist"));
    }

    /** The defender's answer: YES (with the channel to invite them by) or NO. */
    @Transactional
    public void recordConsent(UUID invitationId, String consentToInvite, String preferredChannel) {
        if (!"YES".equals(consentToInvite) && !"NO".equals(consentToInvite)) {
            throw new InvalidInputException("consentToInvite", "must be YES or NO");
        }
        boolean yes = "YES".equals(consentToInvite);
        if (yes && (preferredChannel == null || !CHANNELS.contains(preferredChannel))) {
            throw new InvalidInputException("preferredChannel", "must be one of " + CHANNELS);
        }
        mapper.recordConsent(invitationId, yes ? InvitationRecord.CONSENTED : InvitationRecord.DECLINED,
                yes ? preferredChannel : null);
    }

    /** Marks the consenting defenders invited; returns them as options of the meeting record's checklist. */
    @Transactional
    public List<InviteeOption> markInvitationsSent(UUID meetingId) {
        mapper.markInvited(meetingId);
        mapper.updateMeetingStatus(meetingId, AnnualMeetingRecord.INVITED);
        return mapper.findInvitations(meetingId).stream().filter(InvitationRecord::invited)
                .map(i -> new InviteeOption(i.codeName(), i.id().toString()))
                .toList();
    }

    @Transactional
    public void recordMeeting(UUID meetingId, Integer attendeeCount, Collection<String> attendedInvitationIds) {
        if (attendeeCount == null || attendeeCount < 0) {
            throw new InvalidInputException("attendeeCount", "must be zero or more");
        }
        List<UUID> attended;
        try {
            attended = attendedInvitationIds.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("attendedDefenders", "must be invitations of this meeting");
        }
        if (!attended.isEmpty() && mapper.markAttended(meetingId, attended) != attended.size()) {
            throw new InvalidInputException("attendedDefenders", "must be defenders invited to this meeting");
        }
        mapper.recordAttendees(meetingId, attendeeCount);
        // Meeting diplomats is seen: a reprisal watch on each open case of every defender who attended.
        mapper.findInvitations(meetingId).stream().filter(i -> attended.contains(i.id())).forEach(i ->
                reprisalWatches.openForDefender(i.defenderId(), i.missionId(), VisibleEngagement.ANNUAL_MEETING,
                        meetingId.toString(), clock.instant()));
    }

    /**
     * The day next year's meeting is prepared: the anniversary of this year's, less the designers' lead time
     * (processes/Cadences.dmn, MEETING_PLANNING).
     */
    @Transactional(readOnly = true)
    public LocalDate nextPlanningDate(UUID meetingId) {
        return meeting(meetingId).plannedOn().plusYears(1).minusDays(cadences.days(Cadences.MEETING_PLANNING, null));
    }

    /**
     * Plans next year's meeting of the series (same day, a year on); empty when that year's
     * meeting is already planned, by another series started by hand.
     */
    @Transactional
    public Optional<NextYear> planNextYear(UUID meetingId) {
        AnnualMeetingRecord current = meeting(meetingId);
        int year = current.meetingYear() + 1;
        if (mapper.meetingExists(current.missionId(), year)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        String reference = dutyReferences.next(current.missionId(), EngagementProcesses.KIND_MEETING);
        LocalDate plannedOn = current.plannedOn().plusYears(1);
        mapper.insertMeeting(new AnnualMeetingRecord(id, reference, current.missionId(), year, plannedOn,
                AnnualMeetingRecord.PLANNING, null, current.createdBy(), OffsetDateTime.now(clock),
                current.processInstanceId()));
        return Optional.of(new NextYear(id, reference, year, plannedOn));
    }

    /** The series stops: the meeting in preparation (if any) is marked stopped; held meetings stay held. */
    @Transactional
    public void stopped(UUID meetingId) {
        if (!AnnualMeetingRecord.HELD.equals(meeting(meetingId).status())) {
            mapper.updateMeetingStatus(meetingId, AnnualMeetingRecord.STOPPED);
        }
    }

    @Transactional(readOnly = true)
    public AnnualMeetingRecord find(Caller caller, String reference) {
        return readable(caller, reference);
    }

    @Transactional(readOnly = true)
    public List<InvitationRecord> invitations(Caller caller, String reference) {
        return mapper.findInvitations(readable(caller, reference).id());
    }

    @Transactional
    public List<TaskRecordService.TaskRecordView> records(Caller caller, String reference) {
        return taskRecordService.dutyRecordsOf(caller, readable(caller, reference).reference());
    }

    /** Stops the series of annual meetings this meeting belongs to. */
    @Transactional
    public void stop(Caller caller, String reference) {
        if (!caller.hasAnyGroup(EngagementService.MAY_PLAN)) {
            throw new AccessRefusedException("reference", "only senior officials and supervisors stop the annual meetings");
        }
        AnnualMeetingRecord meeting = inMissions(caller, reference);
        if (!engine.stopAnnualMeetings(meeting.processInstanceId())) {
            throw new ConflictException("The annual meetings of " + reference + " have already ended");
        }
    }

    AnnualMeetingRecord meeting(UUID meetingId) {
        return mapper.findMeetingById(meetingId)
                .orElseThrow(() -> new IllegalStateException("Annual meeting " + meetingId + " does not exist"));
    }

    private AnnualMeetingRecord readable(Caller caller, String reference) {
        if (!caller.hasAnyGroup(EngagementService.MAY_READ)) {
            throw new AccessRefusedException("reference", "your role may not read annual meetings");
        }
        return inMissions(caller, reference);
    }

    private AnnualMeetingRecord inMissions(Caller caller, String reference) {
        if (!reference.matches("[A-Z0-9]{1,12}-MTG-[0-9]{4,}")) {
            throw new InvalidInputException("reference", "must look like ALPHA-MTG-0001");
        }
        return (caller.missions().isEmpty() ? Optional.<AnnualMeetingRecord>empty()
                : mapper.findMeeting(reference, caller.missions()))
                .orElseThrow(() -> new NotFoundException("No annual meeting " + reference + " in your missions"));
    }
}
