package cn.jifending.evaluation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code evaluation_*} tables. Only the pending-objection row is ever deleted (it is not a record). */
@Component
class EvaluationStore {

    private static final String ROUND_SELECT = """
            SELECT r.id, r.branch_id, r.round_year, r.quarter, r.opened_on, r.deadline, s.signed_by
            FROM evaluation_round r LEFT JOIN evaluation_signoff s ON s.round_id = r.id
            """;
    private static final String SNAPSHOT_SELECT = """
            SELECT s.round_id, s.member_id, s.version, s.user_id, s.member_name, s.active_months, s.month_bases,
                   s.base, s.featured, s.total
            FROM evaluation_snapshot s
            WHERE s.version = (SELECT MAX(v.version) FROM evaluation_snapshot v
                               WHERE v.round_id = s.round_id AND v.member_id = s.member_id)
            """;
    private static final String ANSWER_SELECT = """
            SELECT a.id, a.round_id, a.member_id, a.answer, a.reason, d.decision, d.note
            FROM evaluation_answer a LEFT JOIN evaluation_decision d ON d.answer_id = a.id
            """;

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoundRow> round(long branchId, int year, int quarter) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.branch_id = ? AND r.round_year = ? AND r.quarter = ?")
                .params(branchId, year, quarter).query(EvaluationStore::round).optional();
    }

    Optional<RoundRow> round(long id) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.id = ?").param(id).query(EvaluationStore::round).optional();
    }

    Optional<RoundRow> latestRound(long branchId) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.branch_id = ? ORDER BY r.round_year DESC, r.quarter DESC LIMIT 1")
                .param(branchId).query(EvaluationStore::round).optional();
    }

    List<RoundRow> unsignedRounds() {
        return jdbc.sql(ROUND_SELECT + " WHERE s.id IS NULL ORDER BY r.id").query(EvaluationStore::round).list();
    }

    long insertRound(long branchId, QuarterKey key, LocalDate openedOn, LocalDate deadline, String actor,
                     LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO evaluation_round (branch_id, round_year, quarter, opened_on, deadline, opened_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(branchId, key.year(), key.quarter(), Date.valueOf(openedOn), Date.valueOf(deadline), actor,
                        Timestamp.valueOf(now))
                .update();
        return round(branchId, key.year(), key.quarter()).orElseThrow().id();
    }

    void insertSnapshot(SnapshotRow s, String cause, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO evaluation_snapshot (round_id, member_id, version, user_id, member_name, active_months,
                    month_bases, base, featured, total, cause, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.roundId(), s.memberId(), s.version(), s.userId(), s.name(), s.activeMonths(), s.monthBases(),
                        s.base(), s.featured(), s.total(), cause, Timestamp.valueOf(now))
                .update();
    }

    /** The latest snapshot of every member of the round, by name order of insertion (member id). */
    List<SnapshotRow> snapshots(long roundId) {
        return jdbc.sql(SNAPSHOT_SELECT + " AND s.round_id = ? ORDER BY s.member_id").param(roundId)
                .query(EvaluationStore::snapshot).list();
    }

    Optional<SnapshotRow> snapshot(long roundId, long memberId) {
        return jdbc.sql(SNAPSHOT_SELECT + " AND s.round_id = ? AND s.member_id = ?").params(roundId, memberId)
                .query(EvaluationStore::snapshot).optional();
    }

    List<RoundRow> roundsOf(int year) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.round_year = ? ORDER BY r.branch_id, r.quarter").param(year)
                .query(EvaluationStore::round).list();
    }

    /** The member's latest snapshots of the year, with their rounds, oldest quarter first. */
    List<SnapshotRow> snapshotsOf(long memberId, int year) {
        return jdbc.sql(SNAPSHOT_SELECT + " AND s.member_id = ? AND s.round_id IN "
                        + "(SELECT id FROM evaluation_round WHERE round_year = ?) ORDER BY s.round_id")
                .params(memberId, year).query(EvaluationStore::snapshot).list();
    }

    List<AnswerRow> answers(long roundId) {
        return jdbc.sql(ANSWER_SELECT + " WHERE a.round_id = ? ORDER BY a.id").param(roundId)
                .query(EvaluationStore::answer).list();
    }

    Optional<AnswerRow> answer(long roundId, long memberId) {
        return jdbc.sql(ANSWER_SELECT + " WHERE a.round_id = ? AND a.member_id = ?").params(roundId, memberId)
                .query(EvaluationStore::answer).optional();
    }

    Optional<AnswerRow> answer(long id) {
        return jdbc.sql(ANSWER_SELECT + " WHERE a.id = ?").param(id).query(EvaluationStore::answer).optional();
    }

    long insertAnswer(long roundId, long memberId, String answer, String reason, String sourceRef, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO evaluation_answer (round_id, member_id, answer, reason, answered_at, source_ref)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(roundId, memberId, answer, reason, Timestamp.valueOf(now), sourceRef).update();
        return answer(roundId, memberId).orElseThrow().id();
    }

    void insertDecision(long answerId, String decision, String note, String by, LocalDateTime now) {
        jdbc.sql("INSERT INTO evaluation_decision (answer_id, decision, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                .params(answerId, decision, note, by, Timestamp.valueOf(now)).update();
    }

    void insertSignOff(long roundId, String by, String unconfirmed, String overrideReason, LocalDateTime now) {
        jdbc.sql("INSERT INTO evaluation_signoff (round_id, signed_by, signed_at, unconfirmed, override_reason) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(roundId, by, Timestamp.valueOf(now), unconfirmed, overrideReason).update();
    }

    /** The reason the secretary gave for signing off an incomplete quarter, if any. */
    Optional<String> overrideReason(long roundId) {
        return jdbc.sql("SELECT override_reason FROM evaluation_signoff WHERE round_id = ?").param(roundId)
                .query(String.class).optional();
    }

    void markObjectionPending(String userId, long roundId, long memberId, LocalDateTime now) {
        // one statement, not delete-then-insert (which locks the gap and deadlocks concurrent users)
        jdbc.sql("""
                INSERT INTO evaluation_pending_objection (user_id, round_id, member_id, created_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE round_id = ?, member_id = ?, created_at = ?""")
                .params(userId, roundId, memberId, Timestamp.valueOf(now), roundId, memberId, Timestamp.valueOf(now))
                .update();
    }

    /** The round a member still owes an objection reason for, if any (round id, member id). */
    Optional<long[]> pendingObjection(String userId) {
        return jdbc.sql("SELECT round_id, member_id FROM evaluation_pending_objection WHERE user_id = ?").param(userId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    void clearPendingObjection(String userId) {
        jdbc.sql("DELETE FROM evaluation_pending_objection WHERE user_id = ?").param(userId).update();
    }

    /** How many answers and decisions the round has: changes with every step, names fresh sign-off cards. */
    int steps(long roundId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM evaluation_answer WHERE round_id = ?)
                     + (SELECT COUNT(*) FROM evaluation_decision d JOIN evaluation_answer a ON a.id = d.answer_id
                        WHERE a.round_id = ?)""")
                .params(roundId, roundId).query(Integer.class).single();
    }

    private static RoundRow round(ResultSet rs, int i) throws SQLException {
        return new RoundRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getDate(5).toLocalDate(),
                rs.getDate(6).toLocalDate(), rs.getString(7));
    }

    private static SnapshotRow snapshot(ResultSet rs, int i) throws SQLException {
        return new SnapshotRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10));
    }

    private static AnswerRow answer(ResultSet rs, int i) throws SQLException {
        return new AnswerRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}
