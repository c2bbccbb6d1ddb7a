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

    /**
     * Writes the person's draft in one statement (insert, or update of their row). Not a delete
     * then an insert: under InnoDB's repeatable read, deleting a row that is not there locks the
     * gap, and two people starting a declaration at once then deadlocked on each other's insert.
     * {@code ON DUPLICATE KEY UPDATE} runs on MySQL, MariaDB and H2 in MySQL mode.
     */
    void save(Draft d, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO declaration_draft (user_id, member_id, branch_id, item, occurred_on, description, stage,
                                               evidence_ids, source_msg_id, updated_at)
                VALUES (:u, :m, :b, :item, :on, :d, :stage, :ev, :src, :at)
                ON DUPLICATE KEY UPDATE member_id = :m, branch_id = :b, item = :item, occurred_on = :on,
                    description = :d, stage = :stage, evidence_ids = :ev, source_msg_id = :src, updated_at = :at""")
                .param("u", d.userId()).param("m", d.memberId()).param("b", d.branchId()).param("item", d.item())
                .param("on", d.occurredOn()).param("d", d.description()).param("stage", d.stage().name())
                .param("ev", d.evidenceColumn()).param("src", d.sourceMsgId()).param("at", now)
                .update();
    }

    /**
     * Locks the person's draft row until the transaction ends, so two 确认 of one draft run one
     * after the other. A locking read sees the latest commit: empty once the other one submitted it.
     *
     * @return the source msgId of the person's draft, as it is now
     */
    Optional<String> lock(String userId) {
        return jdbc.sql("SELECT source_msg_id FROM declaration_draft WHERE user_id = :u FOR UPDATE")
                .param("u", userId).query(String.class).optional();
    }

    void delete(String userId) {
        jdbc.sql("DELETE FROM declaration_draft WHERE user_id = :u").param("u", userId).update();
    }
}
