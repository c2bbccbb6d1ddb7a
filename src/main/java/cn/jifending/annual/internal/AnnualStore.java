package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Rounds, signatures and the frozen snapshot of the annual round. Inserts only. */
@Component
class AnnualStore {

    static final String BRANCH = "BRANCH";
    static final String COMMITTEE = "COMMITTEE";

    /** A row of {@code annual_round}. */
    record Round(long id, long branchId, int year, String openedBy) {
    }

    private final JdbcClient jdbc;

    AnnualStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Round> round(long branchId, int year) {
        return jdbc.sql("SELECT id, branch_id, round_year, opened_by FROM annual_round WHERE branch_id = ? AND round_year = ?")
                .params(branchId, year).query(AnnualStore::round).optional();
    }

    Optional<Round> round(long id) {
        return jdbc.sql("SELECT id, branch_id, round_year, opened_by FROM annual_round WHERE id = ?")
                .param(id).query(AnnualStore::round).optional();
    }

    List<Round> roundsOf(int year) {
        return jdbc.sql("SELECT id, branch_id, round_year, opened_by FROM annual_round WHERE round_year = ? ORDER BY branch_id")
                .param(year).query(AnnualStore::round).list();
    }

    long insertRound(long branchId, int year, String by, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO annual_round (branch_id, round_year, opened_by, opened_at) VALUES (?, ?, ?, ?)")
                .params(branchId, year, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when this person already signed this stage. */
    boolean sign(long roundId, String stage, String userId, String sourceRef, LocalDateTime now) {
        if (signers(roundId, stage).contains(userId)) {
            return false;
        }
        jdbc.sql("INSERT INTO annual_signature (round_id, stage, user_id, signed_at, source_ref) VALUES (?, ?, ?, ?, ?)")
                .params(roundId, stage, userId, now, sourceRef).update();
        return true;
    }

    List<String> signers(long roundId, String stage) {
        return jdbc.sql("SELECT user_id FROM annual_signature WHERE round_id = ? AND stage = ? ORDER BY id")
                .params(roundId, stage).query(String.class).list();
    }

    void insertSnapshot(long roundId, AnnualLine l, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO annual_snapshot (round_id, member_id, user_id, member_name, member_type, base, featured,
                    review, composite, tier, warning, flagged, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, l.memberId(), l.userId(), l.name(), l.type(), l.base(), l.featured(), l.review(),
                        l.composite(), l.tier(), l.warning().orElse(null), l.flagged(), now)
                .update();
    }

    /** The frozen lines of a round (tier names are not stored; the caller fills them from the scheme). */
    List<AnnualLine> snapshot(long roundId, String branchName) {
        return jdbc.sql("""
                SELECT s.member_id, s.user_id, s.member_name, r.branch_id, s.member_type, s.base, s.featured,
                       s.review, s.composite, s.tier, s.warning, s.flagged
                FROM annual_snapshot s JOIN annual_round r ON r.id = s.round_id
                WHERE s.round_id = ? ORDER BY s.member_id""")
                .param(roundId)
                .query((rs, i) -> new AnnualLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        branchName, rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getString(10), rs.getString(10),
                        Optional.ofNullable(rs.getString(11)), rs.getBoolean(12), false))
                .list();
    }

    boolean frozen(long roundId) {
        return jdbc.sql("SELECT COUNT(*) FROM annual_snapshot WHERE round_id = ?").param(roundId)
                .query(Long.class).single() > 0;
    }

    // talks

    /** A talk (约谈) task; {@code talkedOn} null while not recorded. */
    record Talk(long id, int year, long memberId, long branchId, String name, String cause, LocalDate deadline,
                LocalDate talkedOn) {
    }

    private static final String TALK_SELECT = """
            SELECT t.id, t.talk_year, t.member_id, t.branch_id, t.member_name, t.cause, t.deadline, r.talked_on
            FROM annual_talk t LEFT JOIN annual_talk_record r ON r.talk_id = t.id
            """;

    boolean insertTalk(int year, long memberId, long branchId, String name, String cause, LocalDate deadline,
                       LocalDateTime now) {
        if (talk(year, memberId).isPresent()) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO annual_talk (talk_year, member_id, branch_id, member_name, cause, deadline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(year, memberId, branchId, name, cause, deadline, now).update();
        return true;
    }

    Optional<Talk> talk(int year, long memberId) {
        return jdbc.sql(TALK_SELECT + " WHERE t.talk_year = ? AND t.member_id = ?").params(year, memberId)
                .query(AnnualStore::talk).optional();
    }

    /** The member's latest talk not recorded yet. */
    Optional<Talk> openTalk(long memberId) {
        return jdbc.sql(TALK_SELECT + " WHERE t.member_id = ? AND r.id IS NULL ORDER BY t.talk_year DESC")
                .param(memberId).query(AnnualStore::talk).stream().findFirst();
    }

    List<Talk> overdueTalks(LocalDate today) {
        return jdbc.sql(TALK_SELECT + " WHERE r.id IS NULL AND t.deadline < ? ORDER BY t.branch_id, t.id")
                .param(today).query(AnnualStore::talk).list();
    }

    List<Talk> talksOf(long branchId, int year) {
        return jdbc.sql(TALK_SELECT + " WHERE t.branch_id = ? AND t.talk_year = ? ORDER BY t.id")
                .params(branchId, year).query(AnnualStore::talk).list();
    }

    long recordTalk(long talkId, LocalDate on, String summary, String measures, String by, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO annual_talk_record (talk_id, talked_on, summary, measures, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(talkId, on, summary, measures, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    // award eligibility

    boolean insertIneligible(long memberId, int year, String cause, LocalDateTime now) {
        if (!eligible(memberId, year)) {
            return false;
        }
        jdbc.sql("INSERT INTO award_ineligibility (member_id, award_year, cause, created_at) VALUES (?, ?, ?, ?)")
                .params(memberId, year, cause, now).update();
        return true;
    }

    boolean eligible(long memberId, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM award_ineligibility WHERE member_id = ? AND award_year = ?")
                .params(memberId, year).query(Long.class).single() == 0;
    }

    private static Round round(ResultSet rs, int i) throws SQLException {
        return new Round(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4));
    }

    private static Talk talk(ResultSet rs, int i) throws SQLException {
        java.sql.Date talked = rs.getDate(8);
        return new Talk(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getDate(7).toLocalDate(), talked == null ? null : talked.toLocalDate());
    }
}
