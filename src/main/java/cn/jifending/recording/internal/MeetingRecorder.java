package cn.jifending.recording.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatInput;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import cn.jifending.recording.internal.MeetingStore.Status;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a meeting of a branch: one ATTENDANCE fact per active member (PRESENT, or ABSENT for
 * everyone not said otherwise); an excused member waits for the secretary's card and gets no fact
 * until it is decided.
 */
@Component
class MeetingRecorder {

    /** A meeting ready to record: the explicit statuses of those named; everyone else is absent. */
    record Draft(long branchId, LedgerItem item, LocalDate heldOn, Map<Person, Status> named) {
    }

    record Recorded(long meetingId, List<Person> present, List<Person> excused, List<Person> absent,
                    boolean secretaryAsked) {
    }

    private final MeetingStore meetings;
    private final RequestStore requests;
    private final Ledger ledger;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final Clerks clerks;
    private final Clock clock;

    MeetingRecorder(MeetingStore meetings, RequestStore requests, Ledger ledger, PeriodLocks locks, AuditLog audit,
                    Clerks clerks, Clock clock) {
        this.meetings = meetings;
        this.requests = requests;
        this.ledger = ledger;
        this.locks = locks;
        this.audit = audit;
        this.clerks = clerks;
        this.clock = clock;
    }

    /** Checks what the roster cannot: date, lock, a meeting already recorded. */
    void check(long branchId, LedgerItem item, LocalDate heldOn, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        if (heldOn.isAfter(today)) {
            problems.add("date-future", Map.of("date", ChatInput.show(heldOn)));
        }
        if (locks.isLocked(branchId, heldOn)) {
            problems.add("period-locked", Map.of("date", ChatInput.show(heldOn)));
        }
        if (clerks.membersOn(branchId, heldOn).isEmpty()) {
            problems.add("branch-empty", Map.of("date", ChatInput.show(heldOn)));
        }
        if (meetings.find(branchId, item.code(), heldOn).isPresent()) {
            problems.add("meeting-exists", Map.of("item", item.word(), "date", ChatInput.show(heldOn)));
        }
    }

    @Transactional
    Recorded record(Draft d, Person recorder, Source source, Outbox outbox) {
        LocalDateTime now = LocalDateTime.now(clock);
        long meetingId = meetings.insert(d.branchId(), d.item().code(), d.heldOn(), recorder.userId(),
                source.toString(), now);
        List<Person> present = new ArrayList<>();
        List<Person> excused = new ArrayList<>();
        List<Person> absent = new ArrayList<>();
        Map<Long, Status> byMember = new LinkedHashMap<>();
        d.named().forEach((p, s) -> byMember.put(p.memberId(), s));
        var secretary = clerks.directory().secretaryOf(d.branchId());
        for (Person p : clerks.membersOn(d.branchId(), d.heldOn())) {
            Status s = byMember.getOrDefault(p.memberId(), Status.ABSENT);
            if (s == Status.EXCUSE_PENDING) {
                long attendanceId = meetings.addAttendance(meetingId, p.memberId(), s, null);
                excused.add(p);
                String track = "rec-excuse-" + UUID.randomUUID();
                long requestId = requests.insert(new RequestStore.NewRequest(RequestStore.Kind.EXCUSE,
                        d.branchId(), p.memberId(), recorder.userId(), d.item().code(), d.heldOn(), null,
                        attendanceId, null, null, source, track), now);
                secretary.ifPresent(sec -> outbox.card(List.of(sec.userId()), "excuse-approval", track,
                        Map.of("requestId", String.valueOf(requestId), "member", p.name(),
                                "item", d.item().word(), "date", ChatInput.show(d.heldOn()),
                                "recorder", recorder.name())));
            } else {
                Fact f = ledger.record(NewFact.of(FactKind.ATTENDANCE, d.branchId(), p.memberId(), d.item().code(),
                        d.heldOn(), s.name(), source, recorder.userId()).withEventRef("meeting:" + meetingId));
                meetings.addAttendance(meetingId, p.memberId(), s, f.id());
                (s == Status.PRESENT ? present : absent).add(p);
            }
        }
        audit.record(AuditEntry.of(recorder.userId(), "recording.meeting.recorded", "rec_meeting", meetingId, source)
                .with("item", d.item().code()).with("held_on", d.heldOn()).with("present", present.size())
                .with("excused", excused.size()).with("absent", absent.size()));
        return new Recorded(meetingId, present, excused, absent, secretary.isPresent());
    }

    static String names(List<Person> people) {
        return people.isEmpty() ? "—" : String.join("、", people.stream().map(Person::name).toList());
    }
}
