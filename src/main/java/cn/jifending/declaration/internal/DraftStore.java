package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The {@code declaration_draft} table: one row per person with a declaration under way. */
@Repository
class DraftStore {

    private final DraftMapper drafts;

    DraftStore(DraftMapper drafts) {
        this.drafts = drafts;
    }

    /** The person's draft, if one was touched after {@code notBefore} (older ones have expired). */
    Optional<Draft> live(String userId, LocalDateTime notBefore) {
        return Optional.ofNullable(drafts.selectOne(Wrappers.lambdaQuery(DraftRow.class)
                        .eq(DraftRow::getUserId, userId).ge(DraftRow::getUpdatedAt, notBefore)))
                .map(r -> new Draft(r.getUserId(), r.getMemberId(), r.getBranchId(), r.getItem(), r.getOccurredOn(),
                        r.getDescription(), Draft.Stage.valueOf(r.getStage()), Draft.parseEvidence(r.getEvidenceIds()),
                        r.getSourceMsgId(), r.getUpdatedAt()));
    }

    /** Writes the person's draft in one statement (insert, or update of their row): see {@link DraftMapper#upsert}. */
    void save(Draft d, LocalDateTime now) {
        drafts.upsert(new DraftRow().setUserId(d.userId()).setMemberId(d.memberId()).setBranchId(d.branchId())
                .setItem(d.item()).setOccurredOn(d.occurredOn()).setDescription(d.description())
                .setStage(d.stage().name()).setEvidenceIds(d.evidenceColumn()).setSourceMsgId(d.sourceMsgId())
                .setUpdatedAt(now));
    }

    /**
     * Locks the person's draft row until the transaction ends, so two 确认 of one draft run one
     * after the other. A locking read sees the latest commit: empty once the other one submitted it.
     *
     * @return the source msgId of the person's draft, as it is now
     */
    Optional<String> lock(String userId) {
        return Optional.ofNullable(drafts.selectOne(Wrappers.lambdaQuery(DraftRow.class)
                        .select(DraftRow::getSourceMsgId).eq(DraftRow::getUserId, userId).last("FOR UPDATE")))
                .map(DraftRow::getSourceMsgId);
    }

    void delete(String userId) {
        drafts.deleteById(userId);
    }
}
