package cn.jifending.declaration.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code declaration_draft} table: one row per person with a declaration under way. */
@Repository
class DraftStore {

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's draft, if one was touched after {@code notBefore} (older ones have expired). */
    Optional<Draft> live(String userId, LocalDateTime notBefore) {
        return jdbc.sql("""
                SELECT user_id, member_id, branch_id, item, occurred_on, description, stage, evidence_ids,
                       source_msg_id, updated_at
                FROM declaration_draft WHERE user_id = :u AND updated_at >= :t""")
                .param("u", userId).param("t", notBefore)
                .query((rs, n) -> new Draft(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), rs.getString(6),
                        Draft.Stage.valueOf(rs.getString(7)), Draft.parseEvidence(rs.getString(8)),
                        rs.getString(9), rs.getObject(10, LocalDateTime.class)))
                .optional();
    }

    void save(Draft d, LocalDateTime now) {
        delete(d.userId());
        jdbc.sql("""
                INSERT INTO declaration_draft (user_id, member_id, branch_id, item, occurred_on, description, stage,
                                               evidence_ids, source_msg_id, updated_at)
                VALUES (:u, :m, :b, :item, :on, :d, :stage, :ev, :src, :at)""")
                .param("u", d.userId()).param("m", d.memberId()).param("b", d.branchId()).param("item", d.item())
                .param("on", d.occurredOn()).param("d", d.description()).param("stage", d.stage().name())
                .param("ev", d.evidenceColumn()).param("src", d.sourceMsgId()).param("at", now)
                .update();
    }

    void delete(String userId) {
        jdbc.sql("DELETE FROM declaration_draft WHERE user_id = :u").param("u", userId).update();
    }
}
