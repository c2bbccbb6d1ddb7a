package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The {@code declaration} and {@code declaration_evidence} tables. */
@Repository
class DeclarationStore {

    private final DeclarationMapper declarations;
    private final DeclarationEvidenceMapper evidence;

    DeclarationStore(DeclarationMapper declarations, DeclarationEvidenceMapper evidence) {
        this.declarations = declarations;
        this.evidence = evidence;
    }

    long insert(Draft d, String itemName, BigDecimal proposed, boolean zeroRecord, List<String> approvers,
                List<String> viewers, LocalDateTime at) {
        DeclarationRow row = new DeclarationRow().setMemberId(d.memberId()).setUserId(d.userId())
                .setBranchId(d.branchId()).setItem(d.item()).setItemName(itemName).setOccurredOn(d.occurredOn())
                .setDescription(d.description()).setStatus(Declaration.Status.PENDING.name())
                .setProposedPoints(proposed).setZeroRecord(zeroRecord).setApprovers(String.join(",", approvers))
                .setViewers(String.join(",", viewers)).setOutTrackId("declaration-" + UUID.randomUUID())
                .setSubmittedAt(at).setSourceMsgId(d.sourceMsgId());
        declarations.insert(row);
        long id = row.getId();
        int position = 0;
        for (Long evidenceId : d.evidenceIds()) {
            evidence.insert(new DeclarationEvidenceRow().setDeclarationId(id).setEvidenceId(evidenceId)
                    .setPosition(position++));
        }
        return id;
    }

    Optional<Declaration> find(long id) {
        return Optional.ofNullable(declarations.selectById(id)).map(DeclarationStore::declaration);
    }

    /** The declaration as last committed: a locking read, so it sees another transaction's decision. */
    Optional<Declaration> findLocked(long id) {
        return one(query().eq(DeclarationRow::getId, id).last("FOR UPDATE"));
    }

    /**
     * The declaration submitted from the draft {@code sourceMsgId}. A locking read, so it sees a
     * declaration another transaction committed after this one began.
     */
    Optional<Declaration> findBySourceLocked(String sourceMsgId) {
        return one(query().eq(DeclarationRow::getSourceMsgId, sourceMsgId).last("FOR UPDATE"));
    }

    /** The member's latest declaration submitted at or after {@code since}. */
    Optional<Declaration> latestOfMemberSince(long memberId, LocalDateTime since) {
        return one(query().eq(DeclarationRow::getMemberId, memberId).orderByDesc(DeclarationRow::getId).last("LIMIT 1"))
                .filter(d -> !d.submittedAt().isBefore(since));
    }

    Optional<Declaration> findByTrack(String outTrackId) {
        return one(query().eq(DeclarationRow::getOutTrackId, outTrackId));
    }

    List<Declaration> ofMember(long memberId, int limit) {
        return list(query().eq(DeclarationRow::getMemberId, memberId).orderByDesc(DeclarationRow::getId)
                .last("LIMIT " + limit));
    }

    List<Declaration> pendingSubmittedBefore(LocalDateTime before) {
        return list(query().eq(DeclarationRow::getStatus, Declaration.Status.PENDING.name())
                .lt(DeclarationRow::getSubmittedAt, before).orderByAsc(DeclarationRow::getId));
    }

    /** Pending declarations this userid may decide (one of its approvers), oldest first. */
    List<Declaration> pendingFor(String userId) {
        return list(query().eq(DeclarationRow::getStatus, Declaration.Status.PENDING.name())
                .like(DeclarationRow::getApprovers, userId).orderByAsc(DeclarationRow::getId)).stream()
                .filter(d -> d.approvers().contains(userId)).toList();
    }

    /** Members who submitted at least one declaration in {@code [from, to)}. */
    Set<Long> membersSubmittedBetween(LocalDateTime from, LocalDateTime to) {
        Set<Long> members = new HashSet<>();
        declarations.selectList(query().select(DeclarationRow::getMemberId).ge(DeclarationRow::getSubmittedAt, from)
                .lt(DeclarationRow::getSubmittedAt, to).groupBy(DeclarationRow::getMemberId))
                .forEach(r -> members.add(r.getMemberId()));
        return members;
    }

    List<Long> evidenceIds(long declarationId) {
        return evidence.selectList(Wrappers.lambdaQuery(DeclarationEvidenceRow.class)
                        .eq(DeclarationEvidenceRow::getDeclarationId, declarationId)
                        .orderByAsc(DeclarationEvidenceRow::getPosition))
                .stream().map(DeclarationEvidenceRow::getEvidenceId).toList();
    }

    int evidenceCount(long declarationId) {
        return Math.toIntExact(evidence.selectCount(Wrappers.lambdaQuery(DeclarationEvidenceRow.class)
                .eq(DeclarationEvidenceRow::getDeclarationId, declarationId)));
    }

    /** Moves a declaration from {@code from} to its decision; false when it was not in {@code from} any more. */
    boolean decide(long id, Declaration.Status from, Declaration.Status to, BigDecimal points, String by,
                   String reason, LocalDateTime at) {
        return declarations.update(Wrappers.lambdaUpdate(DeclarationRow.class)
                .set(DeclarationRow::getStatus, to.name()).set(DeclarationRow::getPoints, points)
                .set(DeclarationRow::getDecidedBy, by).set(DeclarationRow::getRejectReason, reason)
                .set(DeclarationRow::getDecidedAt, at)
                .eq(DeclarationRow::getId, id).eq(DeclarationRow::getStatus, from.name())) == 1;
    }

    void setStatus(long id, Declaration.Status to) {
        declarations.update(Wrappers.lambdaUpdate(DeclarationRow.class).set(DeclarationRow::getStatus, to.name())
                .eq(DeclarationRow::getId, id));
    }

    void linkFact(long id, long factId) {
        declarations.update(Wrappers.lambdaUpdate(DeclarationRow.class).set(DeclarationRow::getFactId, factId)
                .eq(DeclarationRow::getId, id));
    }

    private static LambdaQueryWrapper<DeclarationRow> query() {
        return Wrappers.lambdaQuery(DeclarationRow.class);
    }

    private Optional<Declaration> one(LambdaQueryWrapper<DeclarationRow> query) {
        return Optional.ofNullable(declarations.selectOne(query)).map(DeclarationStore::declaration);
    }

    private List<Declaration> list(LambdaQueryWrapper<DeclarationRow> query) {
        return declarations.selectList(query).stream().map(DeclarationStore::declaration).toList();
    }

    private static Declaration declaration(DeclarationRow r) {
        return new Declaration(r.getId(), r.getMemberId(), r.getUserId(), r.getBranchId(), r.getItem(),
                r.getItemName(), r.getOccurredOn(), r.getDescription(), Declaration.Status.valueOf(r.getStatus()),
                r.getProposedPoints(), Boolean.TRUE.equals(r.getZeroRecord()), r.getPoints(), split(r.getApprovers()),
                split(r.getViewers()), r.getOutTrackId(), r.getSubmittedAt(), r.getDecidedBy(), r.getRejectReason(),
                r.getFactId());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
