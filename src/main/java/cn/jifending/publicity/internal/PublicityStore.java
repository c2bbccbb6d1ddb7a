package cn.jifending.publicity.internal;

import cn.jifending.publicity.QuarterPublication;
import java.math.BigDecimal;
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

/** The {@code publicity_*} tables (insert only). */
@Component
class PublicityStore {

    private static final String WINDOW_COLUMNS = "id, branch_id, pub_year, quarter, opened_on, first_day, last_day, note";
    private static final String OBJECTION_SELECT = """
            SELECT o.id, o.window_id, o.user_id, o.member_name, o.reason, a.decision, a.note, a.decided_by
            FROM publicity_objection o LEFT JOIN publicity_answer a ON a.objection_id = o.id
            """;

    private final JdbcClient jdbc;

    PublicityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WindowRow> window(long branchId, int year, int quarter) {
        return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM publicity_window WHERE branch_id = ? AND pub_year = ? AND quarter = ?")
                .params(branchId, year, quarter).query(PublicityStore::window).optional();
    }

    Optional<WindowRow> window(long id) {
        return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM publicity_window WHERE id = ?")
                .param(id).query(PublicityStore::window).optional();
    }

    Optional<WindowRow> latestWindow(long branchId) {
        return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM publicity_window WHERE branch_id = ? ORDER BY first_day DESC, id DESC LIMIT 1")
                .param(branchId).query(PublicityStore::window).optional();
    }

    long insertWindow(QuarterPublication p, LocalDate firstDay, LocalDate lastDay, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO publicity_window (branch_id, pub_year, quarter, opened_on, first_day, last_day, opened_by,
                                              created_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.branchId(), p.year(), p.quarter(), Date.valueOf(p.signedOn()), Date.valueOf(firstDay),
                        Date.valueOf(lastDay), p.actor(), Timestamp.valueOf(now), p.note())
                .update();
        long id = window(p.branchId(), p.year(), p.quarter()).orElseThrow().id();
        int position = 0;
        for (QuarterPublication.Score s : p.scores()) {
            jdbc.sql("INSERT INTO publicity_entry (window_id, position, member_id, member_name, total) VALUES (?, ?, ?, ?, ?)")
                    .params(id, ++position, s.memberId(), s.name(), s.total()).update();
        }
        return id;
    }

    List<QuarterPublication.Score> entries(long windowId) {
        return jdbc.sql("SELECT member_id, member_name, total FROM publicity_entry WHERE window_id = ? ORDER BY position")
                .param(windowId)
                .query((rs, i) -> new QuarterPublication.Score(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    /** Windows not yet past {@code milestone} whose day (first or last) is on or before {@code day}. */
    List<WindowRow> dueFor(String milestone, String dayColumn, LocalDate day) {
        return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM publicity_window w WHERE " + dayColumn + " <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM publicity_milestone m WHERE m.window_id = w.id AND m.milestone = ?)"
                        + " ORDER BY id")
                .params(Date.valueOf(day), milestone).query(PublicityStore::window).list();
    }

    /** Records a milestone; false when it was already recorded. */
    boolean mark(long windowId, String milestone, LocalDateTime now) {
        Integer present = jdbc.sql("SELECT COUNT(*) FROM publicity_milestone WHERE window_id = ? AND milestone = ?")
                .params(windowId, milestone).query(Integer.class).single();
        if (present > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO publicity_milestone (window_id, milestone, at_time) VALUES (?, ?, ?)")
                .params(windowId, milestone, Timestamp.valueOf(now)).update();
        return true;
    }

    boolean reached(long windowId, String milestone) {
        return jdbc.sql("SELECT COUNT(*) FROM publicity_milestone WHERE window_id = ? AND milestone = ?")
                .params(windowId, milestone).query(Integer.class).single() > 0;
    }

    Optional<ObjectionRow> objectionBySource(String sourceRef) {
        return jdbc.sql(OBJECTION_SELECT + " WHERE o.source_ref = ?").param(sourceRef)
                .query(PublicityStore::objection).optional();
    }

    Optional<ObjectionRow> objection(long id) {
        return jdbc.sql(OBJECTION_SELECT + " WHERE o.id = ?").param(id).query(PublicityStore::objection).optional();
    }

    List<ObjectionRow> objections(long windowId) {
        return jdbc.sql(OBJECTION_SELECT + " WHERE o.window_id = ? ORDER BY o.id").param(windowId)
                .query(PublicityStore::objection).list();
    }

    long insertObjection(long windowId, String userId, String name, String reason, String sourceRef, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO publicity_objection (window_id, user_id, member_name, reason, raised_at, source_ref)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(windowId, userId, name, reason, Timestamp.valueOf(now), sourceRef).update();
        return objectionBySource(sourceRef).orElseThrow().id();
    }

    void insertAnswer(long objectionId, String decision, String note, String by, LocalDateTime now) {
        jdbc.sql("INSERT INTO publicity_answer (objection_id, decision, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                .params(objectionId, decision, note, by, Timestamp.valueOf(now)).update();
    }

    private static WindowRow window(ResultSet rs, int i) throws SQLException {
        return new WindowRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getDate(5).toLocalDate(),
                rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getString(8));
    }

    private static ObjectionRow objection(ResultSet rs, int i) throws SQLException {
        return new ObjectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static String score(BigDecimal total) {
        return total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
