package cn.jifending.declaration.internal;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code declaration_dispute} and {@code dispute_vote} tables. */
@Repository
class DisputeStore {

    private static final String COLUMNS = "id, declaration_id, reason, status, panel, out_track_id";
    private static final RowMapper<Dispute> ROW = (rs, n) -> new Dispute(rs.getLong(1), rs.getLong(2),
            rs.getString(3), Dispute.Status.valueOf(rs.getString(4)), Arrays.asList(rs.getString(5).split(",")),
            rs.getString(6));

    private final JdbcClient jdbc;

    DisputeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long declarationId, String reason, java.util.List<String> panel, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO declaration_dispute (declaration_id, reason, status, panel, out_track_id, opened_at)
                VALUES (:d, :r, 'OPEN', :p, :t, :at)""")
                .param("d", declarationId).param("r", reason).param("p", String.join(",", panel))
                .param("t", "dispute-" + java.util.UUID.randomUUID()).param("at", at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Dispute> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration_dispute WHERE id = :id").param("id", id)
                .query(ROW).optional();
    }

    Optional<Dispute> findByTrack(String track) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration_dispute WHERE out_track_id = :t").param("t", track)
                .query(ROW).optional();
    }

    Optional<Dispute> ofDeclaration(long declarationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration_dispute WHERE declaration_id = :d")
                .param("d", declarationId).query(ROW).optional();
    }

    /** Votes cast so far, voter → vote, in order. */
    Map<String, Dispute.Vote> votes(long disputeId) {
        Map<String, Dispute.Vote> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT voter, vote FROM dispute_vote WHERE dispute_id = :d ORDER BY voted_at, voter")
                .param("d", disputeId)
                .query((rs, n) -> votes.put(rs.getString(1), Dispute.Vote.valueOf(rs.getString(2)))).list();
        return votes;
    }

    void vote(long disputeId, String voter, Dispute.Vote vote, LocalDateTime at) {
        jdbc.sql("INSERT INTO dispute_vote (dispute_id, voter, vote, voted_at) VALUES (:d, :v, :vote, :at)")
                .param("d", disputeId).param("v", voter).param("vote", vote.name()).param("at", at).update();
    }

    boolean decide(long id, Dispute.Status status, Long factId, LocalDateTime at) {
        return jdbc.sql("UPDATE declaration_dispute SET status = :s, fact_id = :f, decided_at = :at "
                        + "WHERE id = :id AND status = 'OPEN'")
                .param("s", status.name()).param("f", factId).param("at", at).param("id", id).update() == 1;
    }
}
