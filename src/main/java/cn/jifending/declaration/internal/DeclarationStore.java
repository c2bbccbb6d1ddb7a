package cn.jifending.declaration.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code declaration} and {@code declaration_evidence} tables. */
@Repository
class DeclarationStore {

    private static final String COLUMNS = "id, member_id, user_id, branch_id, item, item_name, occurred_on, "
            + "description, status, proposed_points, zero_record, points, approvers, viewers, out_track_id, "
            + "submitted_at, decided_by, reject_reason, fact_id";
    private static final RowMapper<Declaration> ROW = (rs, n) -> new Declaration(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
            rs.getObject(7, java.time.LocalDate.class), rs.getString(8), Declaration.Status.valueOf(rs.getString(9)),
            rs.getBigDecimal(10), rs.getBoolean(11), rs.getBigDecimal(12), split(rs.getString(13)),
            split(rs.getString(14)), rs.getString(15), rs.getObject(16, LocalDateTime.class), rs.getString(17),
            rs.getString(18), (Long) rs.getObject(19, Long.class));

    private final JdbcClient jdbc;

    DeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Draft d, String itemName, BigDecimal proposed, boolean zeroRecord, List<String> approvers,
                List<String> viewers, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String track = "declaration-" + java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO declaration (member_id, user_id, branch_id, item, item_name, occurred_on, description,
                    status, proposed_points, zero_record, approvers, viewers, out_track_id, submitted_at, source_msg_id)
                VALUES (:m, :u, :b, :item, :name, :on, :d, 'PENDING', :p, :z, :a, :v, :t, :at, :src)""")
                .param("m", d.memberId()).param("u", d.userId()).param("b", d.branchId()).param("item", d.item())
                .param("name", itemName).param("on", d.occurredOn()).param("d", d.description())
                .param("p", proposed).param("z", zeroRecord).param("a", String.join(",", approvers))
                .param("v", String.join(",", viewers)).param("t", track).param("at", at)
                .param("src", d.sourceMsgId())
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (Long evidenceId : d.evidenceIds()) {
            jdbc.sql("INSERT INTO declaration_evidence (declaration_id, evidence_id, position) VALUES (:d, :e, :p)")
                    .param("d", id).param("e", evidenceId).param("p", position++).update();
        }
        return id;
    }

    Optional<Declaration> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /**
     * The declaration submitted from the draft {@code sourceMsgId}. A locking read, so it sees a
     * declaration another transaction committed after this one began.
     */
    Optional<Declaration> findBySourceLocked(String sourceMsgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE source_msg_id = :s FOR UPDATE")
                .param("s", sourceMsgId).query(ROW).optional();
    }

    /** The member's latest declaration submitted at or after {@code since}. */
    Optional<Declaration> latestOfMemberSince(long memberId, LocalDateTime since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE member_id = :m ORDER BY id DESC LIMIT 1")
                .param("m", memberId).query(ROW).optional().filter(d -> !d.submittedAt().isBefore(since));
    }

    Optional<Declaration> findByTrack(String outTrackId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE out_track_id = :t").param("t", outTrackId)
                .query(ROW).optional();
    }

    List<Declaration> ofMember(long memberId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE member_id = :m ORDER BY id DESC LIMIT "
                        + limit).param("m", memberId).query(ROW).list();
    }

    List<Declaration> pendingSubmittedBefore(LocalDateTime before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration WHERE status = 'PENDING' AND submitted_at < :t "
                        + "ORDER BY id").param("t", before).query(ROW).list();
    }

    /** Members who submitted at least one declaration in {@code [from, to)}. */
    java.util.Set<Long> membersSubmittedBetween(LocalDateTime from, LocalDateTime to) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT member_id FROM declaration WHERE submitted_at >= :f "
                + "AND submitted_at < :t").param("f", from).param("t", to).query(Long.class).list());
    }

    List<Long> evidenceIds(long declarationId) {
        return jdbc.sql("SELECT evidence_id FROM declaration_evidence WHERE declaration_id = :d ORDER BY position")
                .param("d", declarationId).query(Long.class).list();
    }

    int evidenceCount(long declarationId) {
        return jdbc.sql("SELECT COUNT(*) FROM declaration_evidence WHERE declaration_id = :d")
                .param("d", declarationId).query(Integer.class).single();
    }

    /** Moves a declaration from {@code from} to its decision; false when it was not in {@code from} any more. */
    boolean decide(long id, Declaration.Status from, Declaration.Status to, BigDecimal points, String by,
                   String reason, LocalDateTime at) {
        return jdbc.sql("""
                UPDATE declaration SET status = :to, points = :p, decided_by = :by, reject_reason = :r, decided_at = :at
                WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("p", points).param("by", by).param("r", reason).param("at", at)
                .param("id", id).param("from", from.name()).update() == 1;
    }

    void setStatus(long id, Declaration.Status to) {
        jdbc.sql("UPDATE declaration SET status = :s WHERE id = :id").param("s", to.name()).param("id", id).update();
    }

    void linkFact(long id, long factId) {
        jdbc.sql("UPDATE declaration SET fact_id = :f WHERE id = :id").param("f", factId).param("id", id).update();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
