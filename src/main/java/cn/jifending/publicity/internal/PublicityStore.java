package cn.jifending.publicity.internal;

import cn.jifending.publicity.QuarterPublication;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@code publicity_*} tables (insert only). */
@Component
class PublicityStore {

    private final PublicityWindowMapper windows;
    private final PublicityEntryMapper entries;
    private final PublicityMilestoneMapper milestones;
    private final PublicityObjectionMapper objections;
    private final PublicityAnswerMapper answers;

    PublicityStore(PublicityWindowMapper windows, PublicityEntryMapper entries, PublicityMilestoneMapper milestones,
                   PublicityObjectionMapper objections, PublicityAnswerMapper answers) {
        this.windows = windows;
        this.entries = entries;
        this.milestones = milestones;
        this.objections = objections;
        this.answers = answers;
    }

    Optional<WindowRow> window(long branchId, int year, int quarter) {
        return oneWindow(windowQuery().eq(PublicityWindowRow::getBranchId, branchId)
                .eq(PublicityWindowRow::getPubYear, year).eq(PublicityWindowRow::getQuarter, quarter));
    }

    Optional<WindowRow> window(long id) {
        return Optional.ofNullable(windows.selectById(id)).map(PublicityStore::window);
    }

    Optional<WindowRow> latestWindow(long branchId) {
        return oneWindow(windowQuery().eq(PublicityWindowRow::getBranchId, branchId)
                .orderByDesc(PublicityWindowRow::getFirstDay, PublicityWindowRow::getId).last("LIMIT 1"));
    }

    long insertWindow(QuarterPublication p, LocalDate firstDay, LocalDate lastDay, LocalDateTime now) {
        PublicityWindowRow row = new PublicityWindowRow().setBranchId(p.branchId()).setPubYear(p.year())
                .setQuarter(p.quarter()).setOpenedOn(p.signedOn()).setFirstDay(firstDay).setLastDay(lastDay)
                .setOpenedBy(p.actor()).setCreatedAt(now).setNote(p.note());
        windows.insert(row);
        long id = row.getId();
        int position = 0;
        for (QuarterPublication.Score s : p.scores()) {
            entries.insert(new PublicityEntryRow().setWindowId(id).setPosition(++position).setMemberId(s.memberId())
                    .setMemberName(s.name()).setTotal(s.total()));
        }
        return id;
    }

    List<QuarterPublication.Score> entries(long windowId) {
        return entries.selectList(Wrappers.lambdaQuery(PublicityEntryRow.class)
                        .eq(PublicityEntryRow::getWindowId, windowId).orderByAsc(PublicityEntryRow::getPosition))
                .stream().map(e -> new QuarterPublication.Score(e.getMemberId(), e.getMemberName(), e.getTotal()))
                .toList();
    }

    /** Windows not yet past {@code milestone} whose {@code day} (first or last) is on or before {@code on}. */
    List<WindowRow> dueFor(String milestone, SFunction<PublicityWindowRow, LocalDate> day, LocalDate on) {
        Set<Long> past = milestones.selectList(Wrappers.lambdaQuery(PublicityMilestoneRow.class)
                        .select(PublicityMilestoneRow::getWindowId).eq(PublicityMilestoneRow::getMilestone, milestone))
                .stream().map(PublicityMilestoneRow::getWindowId).collect(Collectors.toSet());
        return windows.selectList(windowQuery().le(day, on).orderByAsc(PublicityWindowRow::getId)).stream()
                .filter(w -> !past.contains(w.getId())).map(PublicityStore::window).toList();
    }

    /** Records a milestone; false when it was already recorded. */
    boolean mark(long windowId, String milestone, LocalDateTime now) {
        if (reached(windowId, milestone)) {
            return false;
        }
        milestones.insert(new PublicityMilestoneRow().setWindowId(windowId).setMilestone(milestone).setAtTime(now));
        return true;
    }

    boolean reached(long windowId, String milestone) {
        return milestones.selectCount(Wrappers.lambdaQuery(PublicityMilestoneRow.class)
                .eq(PublicityMilestoneRow::getWindowId, windowId).eq(PublicityMilestoneRow::getMilestone, milestone)) > 0;
    }

    Optional<ObjectionRow> objectionBySource(String sourceRef) {
        return withAnswers(objections.selectList(Wrappers.lambdaQuery(PublicityObjectionRow.class)
                .eq(PublicityObjectionRow::getSourceRef, sourceRef))).stream().findFirst();
    }

    Optional<ObjectionRow> objection(long id) {
        return withAnswers(objections.selectList(Wrappers.lambdaQuery(PublicityObjectionRow.class)
                .eq(PublicityObjectionRow::getId, id))).stream().findFirst();
    }

    List<ObjectionRow> objections(long windowId) {
        return withAnswers(objections.selectList(Wrappers.lambdaQuery(PublicityObjectionRow.class)
                .eq(PublicityObjectionRow::getWindowId, windowId).orderByAsc(PublicityObjectionRow::getId)));
    }

    long insertObjection(long windowId, String userId, String name, String reason, String sourceRef, LocalDateTime now) {
        PublicityObjectionRow row = new PublicityObjectionRow().setWindowId(windowId).setUserId(userId)
                .setMemberName(name).setReason(reason).setRaisedAt(now).setSourceRef(sourceRef);
        objections.insert(row);
        return row.getId();
    }

    void insertAnswer(long objectionId, String decision, String note, String by, LocalDateTime now) {
        answers.insert(new PublicityAnswerRow().setObjectionId(objectionId).setDecision(decision).setNote(note)
                .setDecidedBy(by).setDecidedAt(now));
    }

    /** The objections with the panel's answer beside each (at most one per objection). */
    private List<ObjectionRow> withAnswers(List<PublicityObjectionRow> raised) {
        if (raised.isEmpty()) {
            return List.of();
        }
        Map<Long, PublicityAnswerRow> byObjection = answers.selectList(Wrappers.lambdaQuery(PublicityAnswerRow.class)
                        .in(PublicityAnswerRow::getObjectionId, raised.stream().map(PublicityObjectionRow::getId).toList()))
                .stream().collect(Collectors.toMap(PublicityAnswerRow::getObjectionId, Function.identity()));
        return raised.stream().map(o -> {
            PublicityAnswerRow a = byObjection.get(o.getId());
            return new ObjectionRow(o.getId(), o.getWindowId(), o.getUserId(), o.getMemberName(), o.getReason(),
                    a == null ? null : a.getDecision(), a == null ? null : a.getNote(),
                    a == null ? null : a.getDecidedBy());
        }).toList();
    }

    private static LambdaQueryWrapper<PublicityWindowRow> windowQuery() {
        return Wrappers.lambdaQuery(PublicityWindowRow.class);
    }

    private Optional<WindowRow> oneWindow(LambdaQueryWrapper<PublicityWindowRow> query) {
        return Optional.ofNullable(windows.selectOne(query)).map(PublicityStore::window);
    }

    private static WindowRow window(PublicityWindowRow r) {
        return new WindowRow(r.getId(), r.getBranchId(), r.getPubYear(), r.getQuarter(), r.getOpenedOn(),
                r.getFirstDay(), r.getLastDay(), r.getNote());
    }

    static String score(BigDecimal total) {
        return total.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
