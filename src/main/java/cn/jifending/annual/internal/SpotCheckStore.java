package cn.jifending.annual.internal;

import cn.jifending.annual.SpotCheckResults;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@code spot_check}, its items and their outcomes (read only). */
@Repository
class SpotCheckStore implements SpotCheckResults {

    private final JdbcClient jdbc;

    SpotCheckStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> latest(int limit) {
        return jdbc.sql("""
                        SELECT c.id AS check_id, i.id AS item_id, i.fact_id, c.drawn_at, o.outcome, o.note, o.decided_by
                        FROM spot_check_item i JOIN spot_check c ON c.id = i.check_id
                        LEFT JOIN spot_check_outcome o ON o.item_id = i.id
                        ORDER BY c.id DESC, i.position LIMIT :limit""")
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new Item(rs.getLong("check_id"), rs.getLong("item_id"), rs.getLong("fact_id"),
                        rs.getTimestamp("drawn_at").toLocalDateTime(), rs.getString("outcome"), rs.getString("note"),
                        rs.getString("decided_by")))
                .list();
    }
}
