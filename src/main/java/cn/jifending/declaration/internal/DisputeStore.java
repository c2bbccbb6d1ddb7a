package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The {@code declaration_dispute} and {@code dispute_vote} tables. */
@Repository
class DisputeStore {

    private final DisputeMapper disputes;
    private final DisputeVoteMapper votes;

    DisputeStore(DisputeMapper disputes, DisputeVoteMapper votes) {
        this.disputes = disputes;
        this.votes = votes;
    }

    long insert(long declarationId, String reason, List<String> panel, LocalDateTime at) {
        DisputeRow row = new DisputeRow().setDeclarationId(declarationId).setReason(reason)
                .setStatus(Dispute.Status.OPEN.name()).setPanel(String.join(",", panel))
                .setOutTrackId("dispute-" + UUID.randomUUID()).setOpenedAt(at);
        disputes.insert(row);
        return row.getId();
    }

    Optional<Dispute> find(long id) {
        return Optional.ofNullable(disputes.selectById(id)).map(DisputeStore::dispute);
    }

    Optional<Dispute> findByTrack(String track) {
        return one(query().eq(DisputeRow::getOutTrackId, track));
    }

    Optional<Dispute> ofDeclaration(long declarationId) {
        return one(query().eq(DisputeRow::getDeclarationId, declarationId));
    }

    /** Votes cast so far, voter → vote, in order. */
    Map<String, Dispute.Vote> votes(long disputeId) {
        Map<String, Dispute.Vote> cast = new LinkedHashMap<>();
        votes.selectList(Wrappers.lambdaQuery(DisputeVoteRow.class).eq(DisputeVoteRow::getDisputeId, disputeId)
                        .orderByAsc(DisputeVoteRow::getVotedAt, DisputeVoteRow::getVoter))
                .forEach(v -> cast.put(v.getVoter(), Dispute.Vote.valueOf(v.getVote())));
        return cast;
    }

    void vote(long disputeId, String voter, Dispute.Vote vote, LocalDateTime at) {
        votes.insert(new DisputeVoteRow().setDisputeId(disputeId).setVoter(voter).setVote(vote.name()).setVotedAt(at));
    }

    boolean decide(long id, Dispute.Status status, Long factId, LocalDateTime at) {
        return disputes.update(Wrappers.lambdaUpdate(DisputeRow.class).set(DisputeRow::getStatus, status.name())
                .set(DisputeRow::getFactId, factId).set(DisputeRow::getDecidedAt, at)
                .eq(DisputeRow::getId, id).eq(DisputeRow::getStatus, Dispute.Status.OPEN.name())) == 1;
    }

    private static LambdaQueryWrapper<DisputeRow> query() {
        return Wrappers.lambdaQuery(DisputeRow.class);
    }

    private Optional<Dispute> one(LambdaQueryWrapper<DisputeRow> query) {
        return Optional.ofNullable(disputes.selectOne(query)).map(DisputeStore::dispute);
    }

    private static Dispute dispute(DisputeRow r) {
        return new Dispute(r.getId(), r.getDeclarationId(), r.getReason(), Dispute.Status.valueOf(r.getStatus()),
                Arrays.asList(r.getPanel().split(",")), r.getOutTrackId());
    }
}
