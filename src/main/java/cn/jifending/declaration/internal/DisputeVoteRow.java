package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code dispute_vote}: one panel member's vote on a dispute. */
@TableName("dispute_vote")
public class DisputeVoteRow {

    private Long disputeId;
    private String voter;
    private String vote;
    private LocalDateTime votedAt;

    public Long getDisputeId() {
        return disputeId;
    }

    public DisputeVoteRow setDisputeId(Long disputeId) {
        this.disputeId = disputeId;
        return this;
    }

    public String getVoter() {
        return voter;
    }

    public DisputeVoteRow setVoter(String voter) {
        this.voter = voter;
        return this;
    }

    public String getVote() {
        return vote;
    }

    public DisputeVoteRow setVote(String vote) {
        this.vote = vote;
        return this;
    }

    public LocalDateTime getVotedAt() {
        return votedAt;
    }

    public DisputeVoteRow setVotedAt(LocalDateTime votedAt) {
        this.votedAt = votedAt;
        return this;
    }
}
