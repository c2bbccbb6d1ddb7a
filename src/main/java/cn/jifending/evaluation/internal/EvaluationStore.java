package cn.jifending.evaluation.internal;

import cn.jifending.bot.Quarter;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@code evaluation_*} tables. Only the pending-objection row is ever deleted (it is not a record). */
@Component
class EvaluationStore {

    private final EvaluationRoundMapper rounds;
    private final EvaluationSnapshotMapper snapshots;
    private final EvaluationAnswerMapper answers;
    private final EvaluationDecisionMapper decisions;
    private final EvaluationSignoffMapper signoffs;
    private final PendingObjectionMapper pending;

    EvaluationStore(EvaluationRoundMapper rounds, EvaluationSnapshotMapper snapshots, EvaluationAnswerMapper answers,
                    EvaluationDecisionMapper decisions, EvaluationSignoffMapper signoffs,
                    PendingObjectionMapper pending) {
        this.rounds = rounds;
        this.snapshots = snapshots;
        this.answers = answers;
        this.decisions = decisions;
        this.signoffs = signoffs;
        this.pending = pending;
    }

    Optional<RoundRow> round(long branchId, int year, int quarter) {
        return first(roundQuery().eq(EvaluationRoundRow::getBranchId, branchId)
                .eq(EvaluationRoundRow::getRoundYear, year).eq(EvaluationRoundRow::getQuarter, quarter));
    }

    Optional<RoundRow> round(long id) {
        return first(roundQuery().eq(EvaluationRoundRow::getId, id));
    }

    /** These rounds by id, with their signers, in one read (unknown ids left out). */
    Map<Long, RoundRow> rounds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withSigners(rounds.selectList(roundQuery().in(EvaluationRoundRow::getId, ids))).stream()
                .collect(Collectors.toMap(RoundRow::id, Function.identity()));
    }

    Optional<RoundRow> latestRound(long branchId) {
        return first(roundQuery().eq(EvaluationRoundRow::getBranchId, branchId)
                .orderByDesc(EvaluationRoundRow::getRoundYear, EvaluationRoundRow::getQuarter).last("LIMIT 1"));
    }

    List<RoundRow> unsignedRounds() {
        List<Long> signed = signoffs.selectList(Wrappers.lambdaQuery(EvaluationSignoffRow.class)
                .select(EvaluationSignoffRow::getRoundId)).stream().map(EvaluationSignoffRow::getRoundId).toList();
        LambdaQueryWrapper<EvaluationRoundRow> query = roundQuery().orderByAsc(EvaluationRoundRow::getId);
        return withSigners(rounds.selectList(signed.isEmpty() ? query : query.notIn(EvaluationRoundRow::getId, signed)));
    }

    long insertRound(long branchId, Quarter key, LocalDate openedOn, LocalDate deadline, String actor,
                     LocalDateTime now) {
        EvaluationRoundRow row = new EvaluationRoundRow().setBranchId(branchId).setRoundYear(key.year())
                .setQuarter(key.quarter()).setOpenedOn(openedOn).setDeadline(deadline).setOpenedBy(actor)
                .setOpenedAt(now);
        rounds.insert(row);
        return row.getId();
    }

    void insertSnapshot(SnapshotRow s, String cause, LocalDateTime now) {
        snapshots.insert(new EvaluationSnapshotRow().setRoundId(s.roundId()).setMemberId(s.memberId())
                .setVersion(s.version()).setUserId(s.userId()).setMemberName(s.name())
                .setActiveMonths(s.activeMonths()).setMonthBases(s.monthBases()).setBase(s.base())
                .setFeatured(s.featured()).setTotal(s.total()).setCause(cause).setCreatedAt(now));
    }

    /** The latest snapshot of every member of the round, by member id. */
    List<SnapshotRow> snapshots(long roundId) {
        return latest(snapshotQuery().eq(EvaluationSnapshotRow::getRoundId, roundId));
    }

    Optional<SnapshotRow> snapshot(long roundId, long memberId) {
        return latest(snapshotQuery().eq(EvaluationSnapshotRow::getRoundId, roundId)
                .eq(EvaluationSnapshotRow::getMemberId, memberId)).stream().findFirst();
    }

    List<RoundRow> roundsOf(int year) {
        return withSigners(rounds.selectList(roundQuery().eq(EvaluationRoundRow::getRoundYear, year)
                .orderByAsc(EvaluationRoundRow::getBranchId, EvaluationRoundRow::getQuarter)));
    }

    /** The member's latest snapshots of the year, oldest round first. */
    List<SnapshotRow> snapshotsOf(long memberId, int year) {
        List<Long> ofYear = rounds.selectList(roundQuery().select(EvaluationRoundRow::getId)
                .eq(EvaluationRoundRow::getRoundYear, year)).stream().map(EvaluationRoundRow::getId).toList();
        if (ofYear.isEmpty()) {
            return List.of();
        }
        return latest(snapshotQuery().eq(EvaluationSnapshotRow::getMemberId, memberId)
                .in(EvaluationSnapshotRow::getRoundId, ofYear)).stream()
                .sorted(Comparator.comparingLong(SnapshotRow::roundId)).toList();
    }

    /**
     * As {@link #snapshotsOf(long, int)} for each of these members, by member id (members without a
     * snapshot left out): one query for the year's rounds and one per 1,000 members.
     */
    Map<Long, List<SnapshotRow>> snapshotsOf(Collection<Long> memberIds, int year) {
        List<Long> ofYear = rounds.selectList(roundQuery().select(EvaluationRoundRow::getId)
                .eq(EvaluationRoundRow::getRoundYear, year)).stream().map(EvaluationRoundRow::getId).toList();
        Map<Long, List<SnapshotRow>> out = new HashMap<>();
        if (ofYear.isEmpty() || memberIds.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(memberIds);
        for (int i = 0; i < ids.size(); i += 1_000) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1_000));
            latest(snapshotQuery().in(EvaluationSnapshotRow::getMemberId, chunk)
                    .in(EvaluationSnapshotRow::getRoundId, ofYear))
                    .forEach(s -> out.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingLong(SnapshotRow::roundId)));
        return out;
    }

    List<AnswerRow> answers(long roundId) {
        return withDecisions(answers.selectList(answerQuery().eq(EvaluationAnswerRow::getRoundId, roundId)
                .orderByAsc(EvaluationAnswerRow::getId)));
    }

    Optional<AnswerRow> answer(long roundId, long memberId) {
        return withDecisions(answers.selectList(answerQuery().eq(EvaluationAnswerRow::getRoundId, roundId)
                .eq(EvaluationAnswerRow::getMemberId, memberId))).stream().findFirst();
    }

    Optional<AnswerRow> answer(long id) {
        return withDecisions(answers.selectList(answerQuery().eq(EvaluationAnswerRow::getId, id))).stream().findFirst();
    }

    long insertAnswer(long roundId, long memberId, String answer, String reason, String sourceRef, LocalDateTime now) {
        EvaluationAnswerRow row = new EvaluationAnswerRow().setRoundId(roundId).setMemberId(memberId).setAnswer(answer)
                .setReason(reason).setAnsweredAt(now).setSourceRef(sourceRef);
        answers.insert(row);
        return row.getId();
    }

    void insertDecision(long answerId, String decision, String note, String by, LocalDateTime now) {
        decisions.insert(new EvaluationDecisionRow().setAnswerId(answerId).setDecision(decision).setNote(note)
                .setDecidedBy(by).setDecidedAt(now));
    }

    void insertSignOff(long roundId, String by, String unconfirmed, String overrideReason, LocalDateTime now) {
        signoffs.insert(new EvaluationSignoffRow().setRoundId(roundId).setSignedBy(by).setSignedAt(now)
                .setUnconfirmed(unconfirmed).setOverrideReason(overrideReason));
    }

    /** The day the round was signed off, if it was. */
    Optional<java.time.LocalDate> signedOn(long roundId) {
        return Optional.ofNullable(signoffs.selectOne(Wrappers.lambdaQuery(EvaluationSignoffRow.class)
                .eq(EvaluationSignoffRow::getRoundId, roundId))).map(r -> r.getSignedAt().toLocalDate());
    }

    /** The reason the secretary gave for signing off an incomplete quarter, if any. */
    Optional<String> overrideReason(long roundId) {
        return Optional.ofNullable(signoffs.selectOne(Wrappers.lambdaQuery(EvaluationSignoffRow.class)
                .eq(EvaluationSignoffRow::getRoundId, roundId))).map(EvaluationSignoffRow::getOverrideReason);
    }

    /** One upsert statement: see {@link PendingObjectionMapper#upsert}. */
    void markObjectionPending(String userId, long roundId, long memberId, LocalDateTime now) {
        pending.upsert(new PendingObjectionRow().setUserId(userId).setRoundId(roundId).setMemberId(memberId)
                .setCreatedAt(now));
    }

    /** The round a member still owes an objection reason for, if any (round id, member id). */
    Optional<long[]> pendingObjection(String userId) {
        return Optional.ofNullable(pending.selectById(userId))
                .map(p -> new long[] {p.getRoundId(), p.getMemberId()});
    }

    void clearPendingObjection(String userId) {
        pending.deleteById(userId);
    }

    /** How many answers and decisions the round has: changes with every step, names fresh sign-off cards. */
    int steps(long roundId) {
        List<Long> answered = answers.selectList(answerQuery().select(EvaluationAnswerRow::getId)
                .eq(EvaluationAnswerRow::getRoundId, roundId)).stream().map(EvaluationAnswerRow::getId).toList();
        long decided = answered.isEmpty() ? 0 : decisions.selectCount(Wrappers.lambdaQuery(EvaluationDecisionRow.class)
                .in(EvaluationDecisionRow::getAnswerId, answered));
        return Math.toIntExact(answered.size() + decided);
    }

    private static LambdaQueryWrapper<EvaluationRoundRow> roundQuery() {
        return Wrappers.lambdaQuery(EvaluationRoundRow.class);
    }

    private static LambdaQueryWrapper<EvaluationSnapshotRow> snapshotQuery() {
        return Wrappers.lambdaQuery(EvaluationSnapshotRow.class);
    }

    private static LambdaQueryWrapper<EvaluationAnswerRow> answerQuery() {
        return Wrappers.lambdaQuery(EvaluationAnswerRow.class);
    }

    private Optional<RoundRow> first(LambdaQueryWrapper<EvaluationRoundRow> query) {
        return withSigners(rounds.selectList(query)).stream().findFirst();
    }

    /** The rounds with their sign-off's signer beside each (one sign-off per round at most). */
    private List<RoundRow> withSigners(List<EvaluationRoundRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> signers = signoffs.selectList(Wrappers.lambdaQuery(EvaluationSignoffRow.class)
                        .in(EvaluationSignoffRow::getRoundId, found.stream().map(EvaluationRoundRow::getId).toList()))
                .stream().collect(Collectors.toMap(EvaluationSignoffRow::getRoundId, EvaluationSignoffRow::getSignedBy));
        return found.stream().map(r -> new RoundRow(r.getId(), r.getBranchId(), r.getRoundYear(), r.getQuarter(),
                r.getOpenedOn(), r.getDeadline(), signers.get(r.getId()))).toList();
    }

    /** Of every (round, member) the query finds, the highest version only, ordered by member id. */
    private List<SnapshotRow> latest(LambdaQueryWrapper<EvaluationSnapshotRow> query) {
        Map<List<Long>, EvaluationSnapshotRow> newest = new LinkedHashMap<>();
        snapshots.selectList(query.orderByAsc(EvaluationSnapshotRow::getMemberId, EvaluationSnapshotRow::getVersion))
                .forEach(s -> newest.put(List.of(s.getRoundId(), s.getMemberId()), s));
        return newest.values().stream().map(s -> new SnapshotRow(s.getRoundId(), s.getMemberId(), s.getVersion(),
                s.getUserId(), s.getMemberName(), s.getActiveMonths(), s.getMonthBases(), s.getBase(),
                s.getFeatured(), s.getTotal())).toList();
    }

    /** The answers with the panel's decision beside each (one decision per answer at most). */
    private List<AnswerRow> withDecisions(List<EvaluationAnswerRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, EvaluationDecisionRow> byAnswer = decisions.selectList(Wrappers.lambdaQuery(EvaluationDecisionRow.class)
                        .in(EvaluationDecisionRow::getAnswerId, found.stream().map(EvaluationAnswerRow::getId).toList()))
                .stream().collect(Collectors.toMap(EvaluationDecisionRow::getAnswerId, Function.identity()));
        return found.stream().map(a -> {
            EvaluationDecisionRow d = byAnswer.get(a.getId());
            return new AnswerRow(a.getId(), a.getRoundId(), a.getMemberId(), a.getAnswer(), a.getReason(),
                    d == null ? null : d.getDecision(), d == null ? null : d.getNote(),
                    a.getAnsweredAt() == null ? null : a.getAnsweredAt().toLocalDate());
        }).toList();
    }
}
