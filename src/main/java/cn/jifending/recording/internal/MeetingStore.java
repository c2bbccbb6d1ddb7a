package cn.jifending.recording.internal;

import cn.jifending.recording.MeetingRecord;
import cn.jifending.recording.Meetings;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** rec_meeting and rec_attendance. */
@Component
class MeetingStore implements Meetings {

    enum Status { PRESENT, ABSENT, EXCUSE_PENDING, EXCUSED, EXCUSE_REFUSED }

    record Attendance(long id, long meetingId, long memberId, Status status, Long factId) {
    }

    private final MeetingMapper meetings;
    private final AttendanceMapper attendances;

    MeetingStore(MeetingMapper meetings, AttendanceMapper attendances) {
        this.meetings = meetings;
        this.attendances = attendances;
    }

    Optional<MeetingRecord> find(long branchId, String item, LocalDate heldOn) {
        return Optional.ofNullable(meetings.selectOne(Wrappers.lambdaQuery(MeetingRow.class)
                        .eq(MeetingRow::getBranchId, branchId).eq(MeetingRow::getItem, item)
                        .eq(MeetingRow::getHeldOn, heldOn)))
                .map(MeetingStore::meeting);
    }

    Optional<MeetingRecord> find(long id) {
        return Optional.ofNullable(meetings.selectById(id)).map(MeetingStore::meeting);
    }

    long insert(long branchId, String item, LocalDate heldOn, String recordedBy, String sourceRef,
                LocalDateTime now) {
        MeetingRow row = new MeetingRow().setBranchId(branchId).setItem(item).setHeldOn(heldOn)
                .setRecordedBy(recordedBy).setSourceRef(sourceRef).setRecordedAt(now);
        meetings.insert(row);
        return row.getId();
    }

    long addAttendance(long meetingId, long memberId, Status status, Long factId) {
        AttendanceRow row = new AttendanceRow().setMeetingId(meetingId).setMemberId(memberId).setStatus(status.name())
                .setFactId(factId);
        attendances.insert(row);
        return row.getId();
    }

    void decide(long attendanceId, Status status, Long factId, String by, LocalDateTime at) {
        attendances.update(Wrappers.lambdaUpdate(AttendanceRow.class).set(AttendanceRow::getStatus, status.name())
                .set(AttendanceRow::getFactId, factId).set(AttendanceRow::getDecidedBy, by)
                .set(AttendanceRow::getDecidedAt, at).eq(AttendanceRow::getId, attendanceId));
    }

    /** The latest meeting the user recorded since {@code since} that has no evidence yet. */
    Optional<MeetingRecord> latestWithoutEvidence(String userId, LocalDateTime since) {
        return Optional.ofNullable(meetings.selectOne(Wrappers.lambdaQuery(MeetingRow.class)
                        .eq(MeetingRow::getRecordedBy, userId).ge(MeetingRow::getRecordedAt, since)
                        .isNull(MeetingRow::getEvidenceId).isNull(MeetingRow::getEvidenceCode)
                        .orderByDesc(MeetingRow::getRecordedAt, MeetingRow::getId).last("LIMIT 1")))
                .map(MeetingStore::meeting);
    }

    void attachEvidence(long meetingId, long evidenceId, String code, String fileName, LocalDateTime at) {
        meetings.update(Wrappers.lambdaUpdate(MeetingRow.class).set(MeetingRow::getEvidenceId, evidenceId)
                .set(MeetingRow::getEvidenceCode, code).set(MeetingRow::getEvidenceFileName, fileName)
                .set(MeetingRow::getEvidenceAt, at)
                .eq(MeetingRow::getId, meetingId).isNull(MeetingRow::getEvidenceId));
    }

    /** Members with an excuse still waiting for the secretary, at meetings of the branch in the month. */
    List<Long> pendingExcuses(long branchId, YearMonth month) {
        List<Long> meetingIds = heldIn(branchId, month).stream().map(MeetingRecord::id).toList();
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return attendances.selectList(Wrappers.lambdaQuery(AttendanceRow.class)
                        .select(AttendanceRow::getMemberId).in(AttendanceRow::getMeetingId, meetingIds)
                        .eq(AttendanceRow::getStatus, Status.EXCUSE_PENDING.name()))
                .stream().map(AttendanceRow::getMemberId).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingRecord> heldIn(long branchId, YearMonth month) {
        return meetings.selectList(Wrappers.lambdaQuery(MeetingRow.class).eq(MeetingRow::getBranchId, branchId)
                        .between(MeetingRow::getHeldOn, month.atDay(1), month.atEndOfMonth())
                        .orderByAsc(MeetingRow::getHeldOn, MeetingRow::getId))
                .stream().map(MeetingStore::meeting).toList();
    }

    private static MeetingRecord meeting(MeetingRow r) {
        return new MeetingRecord(r.getId(), r.getBranchId(), r.getItem(), r.getHeldOn(), r.getRecordedBy(),
                r.getEvidenceCode(), r.getEvidenceId());
    }
}
