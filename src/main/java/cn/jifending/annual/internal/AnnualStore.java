package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Rounds, signatures and the frozen snapshot of the annual round; talks; award eligibility. Inserts only. */
@Component
class AnnualStore {

    static final String BRANCH = "BRANCH";
    static final String COMMITTEE = "COMMITTEE";

    /** A row of {@code annual_round}. */
    record Round(long id, long branchId, int year, String openedBy) {
    }

    private final AnnualRoundMapper rounds;
    private final AnnualSignatureMapper signatures;
    private final AnnualSnapshotMapper snapshots;
    private final TalkMapper talks;
    private final TalkRecordMapper talkRecords;
    private final IneligibilityMapper ineligible;

    AnnualStore(AnnualRoundMapper rounds, AnnualSignatureMapper signatures, AnnualSnapshotMapper snapshots,
                TalkMapper talks, TalkRecordMapper talkRecords, IneligibilityMapper ineligible) {
        this.rounds = rounds;
        this.signatures = signatures;
        this.snapshots = snapshots;
        this.talks = talks;
        this.talkRecords = talkRecords;
        this.ineligible = ineligible;
    }

    Optional<Round> round(long branchId, int year) {
        return Optional.ofNullable(rounds.selectOne(Wrappers.lambdaQuery(AnnualRoundRow.class)
                        .eq(AnnualRoundRow::getBranchId, branchId).eq(AnnualRoundRow::getRoundYear, year)))
                .map(AnnualStore::round);
    }

    Optional<Round> round(long id) {
        return Optional.ofNullable(rounds.selectById(id)).map(AnnualStore::round);
    }

    List<Round> roundsOf(int year) {
        return rounds.selectList(Wrappers.lambdaQuery(AnnualRoundRow.class).eq(AnnualRoundRow::getRoundYear, year)
                .orderByAsc(AnnualRoundRow::getBranchId)).stream().map(AnnualStore::round).toList();
    }

    long insertRound(long branchId, int year, String by, LocalDateTime now) {
        AnnualRoundRow row = new AnnualRoundRow().setBranchId(branchId).setRoundYear(year).setOpenedBy(by)
                .setOpenedAt(now);
        rounds.insert(row);
        return row.getId();
    }

    /** False when this person already signed this stage. */
    boolean sign(long roundId, String stage, String userId, String sourceRef, LocalDateTime now) {
        if (signers(roundId, stage).contains(userId)) {
            return false;
        }
        signatures.insert(new AnnualSignatureRow().setRoundId(roundId).setStage(stage).setUserId(userId)
                .setSignedAt(now).setSourceRef(sourceRef));
        return true;
    }

    List<String> signers(long roundId, String stage) {
        return signatures.selectList(Wrappers.lambdaQuery(AnnualSignatureRow.class)
                        .select(AnnualSignatureRow::getUserId).eq(AnnualSignatureRow::getRoundId, roundId)
                        .eq(AnnualSignatureRow::getStage, stage).orderByAsc(AnnualSignatureRow::getId))
                .stream().map(AnnualSignatureRow::getUserId).toList();
    }

    void insertSnapshot(long roundId, AnnualLine l, LocalDateTime now) {
        snapshots.insert(new AnnualSnapshotRow().setRoundId(roundId).setMemberId(l.memberId()).setUserId(l.userId())
                .setMemberName(l.name()).setMemberType(l.type()).setBase(l.base()).setFeatured(l.featured())
                .setReview(l.review()).setComposite(l.composite()).setTier(l.tier())
                .setWarning(l.warning().orElse(null)).setFlagged(l.flagged()).setCreatedAt(now));
    }

    /** The frozen lines of a round (tier names are not stored; the caller fills them from the scheme). */
    List<AnnualLine> snapshot(long roundId, String branchName) {
        Optional<Round> round = round(roundId);
        if (round.isEmpty()) {
            return List.of();
        }
        long branchId = round.get().branchId();
        return snapshots.selectList(Wrappers.lambdaQuery(AnnualSnapshotRow.class)
                        .eq(AnnualSnapshotRow::getRoundId, roundId).orderByAsc(AnnualSnapshotRow::getMemberId))
                .stream().map(s -> new AnnualLine(s.getMemberId(), s.getUserId(), s.getMemberName(), branchId,
                        branchName, s.getMemberType(), s.getBase(), s.getFeatured(), s.getReview(), s.getComposite(),
                        s.getTier(), s.getTier(), Optional.ofNullable(s.getWarning()),
                        Boolean.TRUE.equals(s.getFlagged()), false))
                .toList();
    }

    boolean frozen(long roundId) {
        return snapshots.selectCount(Wrappers.lambdaQuery(AnnualSnapshotRow.class)
                .eq(AnnualSnapshotRow::getRoundId, roundId)) > 0;
    }

    // talks

    /** A talk (约谈) task; {@code talkedOn} null while not recorded. */
    record Talk(long id, int year, long memberId, long branchId, String name, String cause, LocalDate deadline,
                LocalDate talkedOn) {
    }

    boolean insertTalk(int year, long memberId, long branchId, String name, String cause, LocalDate deadline,
                       LocalDateTime now) {
        if (talk(year, memberId).isPresent()) {
            return false;
        }
        talks.insert(new TalkRow().setTalkYear(year).setMemberId(memberId).setBranchId(branchId).setMemberName(name)
                .setCause(cause).setDeadline(deadline).setCreatedAt(now));
        return true;
    }

    Optional<Talk> talk(int year, long memberId) {
        return withRecords(talkQuery().eq(TalkRow::getTalkYear, year).eq(TalkRow::getMemberId, memberId))
                .stream().findFirst();
    }

    /** The member's latest talk not recorded yet. */
    Optional<Talk> openTalk(long memberId) {
        return withRecords(talkQuery().eq(TalkRow::getMemberId, memberId).orderByDesc(TalkRow::getTalkYear))
                .stream().filter(t -> t.talkedOn() == null).findFirst();
    }

    List<Talk> overdueTalks(LocalDate today) {
        return withRecords(talkQuery().lt(TalkRow::getDeadline, today)
                .orderByAsc(TalkRow::getBranchId, TalkRow::getId))
                .stream().filter(t -> t.talkedOn() == null).toList();
    }

    List<Talk> talksOf(long branchId, int year) {
        return withRecords(talkQuery().eq(TalkRow::getBranchId, branchId).eq(TalkRow::getTalkYear, year)
                .orderByAsc(TalkRow::getId));
    }

    long recordTalk(long talkId, LocalDate on, String summary, String measures, String by, LocalDateTime now) {
        TalkRecordRow row = new TalkRecordRow().setTalkId(talkId).setTalkedOn(on).setSummary(summary)
                .setMeasures(measures).setRecordedBy(by).setRecordedAt(now);
        talkRecords.insert(row);
        return row.getId();
    }

    // award eligibility

    boolean insertIneligible(long memberId, int year, String cause, LocalDateTime now) {
        if (!eligible(memberId, year)) {
            return false;
        }
        ineligible.insert(new IneligibilityRow().setMemberId(memberId).setAwardYear(year).setCause(cause)
                .setCreatedAt(now));
        return true;
    }

    boolean eligible(long memberId, int year) {
        return ineligible.selectCount(Wrappers.lambdaQuery(IneligibilityRow.class)
                .eq(IneligibilityRow::getMemberId, memberId).eq(IneligibilityRow::getAwardYear, year)) == 0;
    }

    private static LambdaQueryWrapper<TalkRow> talkQuery() {
        return Wrappers.lambdaQuery(TalkRow.class);
    }

    /** The talks the query finds, each with the day it was held when it has its record (one at most). */
    private List<Talk> withRecords(LambdaQueryWrapper<TalkRow> query) {
        List<TalkRow> found = talks.selectList(query);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> held = talkRecords.selectList(Wrappers.lambdaQuery(TalkRecordRow.class)
                        .select(TalkRecordRow::getTalkId, TalkRecordRow::getTalkedOn)
                        .in(TalkRecordRow::getTalkId, found.stream().map(TalkRow::getId).toList()))
                .stream().collect(Collectors.toMap(TalkRecordRow::getTalkId, TalkRecordRow::getTalkedOn));
        return found.stream().map(t -> new Talk(t.getId(), t.getTalkYear(), t.getMemberId(), t.getBranchId(),
                t.getMemberName(), t.getCause(), t.getDeadline(), held.get(t.getId()))).toList();
    }

    private static Round round(AnnualRoundRow r) {
        return new Round(r.getId(), r.getBranchId(), r.getRoundYear(), r.getOpenedBy());
    }
}
