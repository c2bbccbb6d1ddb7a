package cn.jifending.declaration.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code branch_item} table. */
@Repository
class BranchItemStore {

    private static final String COLUMNS = "id, branch_id, item_year, name, points, cap, evidence_required, status, "
            + "proposed_by, decided_by, out_track_id";
    private static final RowMapper<BranchItem> ROW = (rs, n) -> new BranchItem(rs.getLong(1), rs.getLong(2),
            rs.getInt(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7),
            BranchItem.Status.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11));

    private final JdbcClient jdbc;

    BranchItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long branchId, int year, String name, BigDecimal points, BigDecimal cap, boolean evidence,
                String by, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String track = "branch-item-" + java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO branch_item (branch_id, item_year, name, points, cap, evidence_required, status,
                                         proposed_by, proposed_at, out_track_id)
                VALUES (:branch, :year, :name, :points, :cap, :evidence, 'PROPOSED', :by, :at, :track)""")
                .param("branch", branchId).param("year", year).param("name", name).param("points", points)
                .param("cap", cap).param("evidence", evidence).param("by", by).param("at", at).param("track", track)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<BranchItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM branch_item WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<BranchItem> findByTrack(String outTrackId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM branch_item WHERE out_track_id = :t").param("t", outTrackId)
                .query(ROW).optional();
    }

    /** Every item of the branch and year that is not rejected, oldest first. */
    List<BranchItem> live(long branchId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM branch_item WHERE branch_id = :b AND item_year = :y "
                        + "AND status <> 'REJECTED' ORDER BY id")
                .param("b", branchId).param("y", year).query(ROW).list();
    }

    /** Decides a proposed item; false when it was no longer proposed (decided meanwhile). */
    boolean decide(long id, BranchItem.Status status, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE branch_item SET status = :s, decided_by = :by, decided_at = :at "
                        + "WHERE id = :id AND status = 'PROPOSED'")
                .param("s", status.name()).param("by", by).param("at", at).param("id", id).update() == 1;
    }
}
