package cn.jifending.recording.internal;

import cn.jifending.recording.MeetingRecord;
import cn.jifending.recording.Meetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** rec_meeting and rec_attendance. */
@Component
class MeetingStore implements Meetings {

    enum Status { PRESENT, ABSENT, EXCUSE_PENDING, EXCUSED, EXCUSE_REFUSED }

    record Attendance(long id, long meetingId, long memberId, Status status, Long factId) {
    }

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MeetingRecord> find(long branchId, String item, LocalDate heldOn) {
        return jdbc.sql("SELECT * FROM rec_meeting WHERE branch_id = :b AND item = :i AND held_on = :d")
                .param("b", branchId).param("i", item).param("d", heldOn)
                .query((rs, n) -> meeting(rs)).optional();
    }

    Optional<MeetingRecord> find(long id) {
        return jdbc.sql("SELECT * FROM rec_meeting WHERE id = :id").param("id", id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    long insert(long branchId, String item, LocalDate heldOn, String recordedBy, String sourceRef,
                LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rec_meeting (branch_id, item, held_on, recorded_by, source_ref, recorded_at) "
                        + "VALUES (:b, :i, :d, :by, :src, :at)")
                .param("b", branchId).param("i", item).param("d", heldOn).param("by", recordedBy)
                .param("src", sourceRef).param("at", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    long addAttendance(long meetingId, long memberId, Status status, Long factId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rec_attendance (meeting_id, member_id, status, fact_id) VALUES (:m, :p, :s, :f)")
                .param("m", meetingId).param("p", memberId).param("s", status.name()).param("f", factId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void decide(long attendanceId, Status status, Long factId, String by, LocalDateTime at) {
        jdbc.sql("UPDATE rec_attendance SET status = :s, fact_id = :f, decided_by = :by, decided_at = :at "
                        + "WHERE id = :id")
                .param("s", status.name()).param("f", factId).param("by", by).param("at", at).param("id", attendanceId)
                .update();
    }

    /** The latest meeting the user recorded since {@code since} that has no evidence yet. */
    Optional<MeetingRecord> latestWithoutEvidence(String userId, LocalDateTime since) {
        return jdbc.sql("SELECT * FROM rec_meeting WHERE recorded_by = :u AND recorded_at >= :since "
                        + "AND evidence_id IS NULL AND evidence_code IS NULL ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .param("u", userId).param("since", since).query((rs, n) -> meeting(rs)).optional();
    }

    void attachEvidence(long meetingId, long evidenceId, String code, String fileName, LocalDateTime at) {
        jdbc.sql("UPDATE rec_meeting SET evidence_id = :e, evidence_code = :c, evidence_file_name = :f, evidence_at = :at "
                        + "WHERE id = :id AND evidence_id IS NULL")
                .param("e", evidenceId).param("c", code).param("f", fileName).param("at", at).param("id", meetingId).update();
    }

    /** Members with an excuse still waiting for the secretary, at meetings of the branch in the month. */
    List<Long> pendingExcuses(long branchId, YearMonth month) {
        return jdbc.sql("SELECT a.member_id FROM rec_attendance a JOIN rec_meeting m ON m.id = a.meeting_id "
                        + "WHERE m.branch_id = :b AND m.held_on BETWEEN :from AND :to AND a.status = 'EXCUSE_PENDING'")
                .param("b", branchId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(Long.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingRecord> heldIn(long branchId, YearMonth month) {
        return jdbc.sql("SELECT * FROM rec_meeting WHERE branch_id = :b AND held_on BETWEEN :from AND :to "
                        + "ORDER BY held_on, id")
                .param("b", branchId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, n) -> meeting(rs)).list();
    }

    private static MeetingRecord meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MeetingRecord(rs.getLong("id"), rs.getLong("branch_id"), rs.getString("item"),
                rs.getObject("held_on", LocalDate.class), rs.getString("recorded_by"), rs.getString("evidence_code"),
                rs.getObject("evidence_id", Long.class));
    }
}
