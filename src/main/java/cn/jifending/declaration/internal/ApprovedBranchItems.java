package cn.jifending.declaration.internal;

import cn.jifending.ledger.BranchItemDefinitions;
import cn.jifending.scoring.BranchItem;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approved rows of {@code branch_item}, as scoring and the ledger export read them. */
@Component
class ApprovedBranchItems implements BranchItemDefinitions {

    private final JdbcClient jdbc;

    ApprovedBranchItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BranchItem> approved(int year) {
        return jdbc.sql("SELECT id, branch_id, item_year, name, points, cap, decided_by, decided_at FROM branch_item "
                        + "WHERE item_year = :y AND status = 'APPROVED' ORDER BY id")
                .param("y", year)
                .query((rs, n) -> new BranchItem("branch:" + rs.getLong(1), String.valueOf(rs.getLong(2)), rs.getInt(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toLocalDateTime().toLocalDate()))
                .list();
    }
}
