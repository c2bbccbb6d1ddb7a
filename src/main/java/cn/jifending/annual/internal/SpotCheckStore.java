package cn.jifending.annual.internal;

import cn.jifending.annual.SpotCheckResults;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The {@code spot_check} tables: draws, the facts each drew, and the outcome of checking each. Inserts only;
 * the latest items with their outcomes are read for the committee page.
 */
@Component
class SpotCheckStore implements SpotCheckResults {

    private final SpotCheckMapper checks;
    private final SpotCheckItemMapper items;
    private final SpotCheckOutcomeMapper outcomes;

    SpotCheckStore(SpotCheckMapper checks, SpotCheckItemMapper items, SpotCheckOutcomeMapper outcomes) {
        this.checks = checks;
        this.items = items;
        this.outcomes = outcomes;
    }

    /** Records a draw; its id is the database's generated key, so two draws at once get their own. */
    long insertCheck(long seed, int size, String drawnBy, LocalDateTime at) {
        SpotCheckRow row = new SpotCheckRow().setSeed(seed).setSize(size).setDrawnBy(drawnBy).setDrawnAt(at);
        checks.insert(row);
        return row.getId();
    }

    long insertItem(long checkId, int position, long factId) {
        SpotCheckItemRow row = new SpotCheckItemRow().setCheckId(checkId).setPosition(position).setFactId(factId);
        items.insert(row);
        return row.getId();
    }

    /** The fact a drawn item points at; empty when there is no such item. */
    Optional<Long> factOf(long itemId) {
        return Optional.ofNullable(items.selectById(itemId)).map(SpotCheckItemRow::getFactId);
    }

    boolean decided(long itemId) {
        return outcomes.selectCount(Wrappers.lambdaQuery(SpotCheckOutcomeRow.class)
                .eq(SpotCheckOutcomeRow::getItemId, itemId)) > 0;
    }

    void insertOutcome(long itemId, String outcome, String note, String by, LocalDateTime at) {
        outcomes.insert(new SpotCheckOutcomeRow().setItemId(itemId).setOutcome(outcome).setNote(note)
                .setDecidedBy(by).setDecidedAt(at));
    }

    /** Drawn items with no outcome yet, each with when it was drawn, oldest first. */
    List<Item> undecided() {
        java.util.Set<Long> decided = outcomes.selectList(Wrappers.lambdaQuery(SpotCheckOutcomeRow.class)
                .select(SpotCheckOutcomeRow::getItemId)).stream().map(SpotCheckOutcomeRow::getItemId)
                .collect(Collectors.toSet());
        List<SpotCheckItemRow> open = items.selectList(Wrappers.lambdaQuery(SpotCheckItemRow.class)
                .orderByAsc(SpotCheckItemRow::getId)).stream().filter(i -> !decided.contains(i.getId())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, SpotCheckRow> byCheck = checks.selectByIds(open.stream().map(SpotCheckItemRow::getCheckId)
                .distinct().toList()).stream().collect(Collectors.toMap(SpotCheckRow::getId, c -> c));
        return open.stream().map(i -> new Item(i.getCheckId(), i.getId(), i.getFactId(),
                byCheck.get(i.getCheckId()).getDrawnAt(), null, null, null)).toList();
    }

    @Override
    public List<Item> latest(int limit) {
        List<SpotCheckItemRow> drawn = items.selectList(Wrappers.lambdaQuery(SpotCheckItemRow.class)
                .orderByDesc(SpotCheckItemRow::getCheckId).orderByAsc(SpotCheckItemRow::getPosition)
                .last("LIMIT " + Math.max(1, Math.min(limit, 200))));
        if (drawn.isEmpty()) {
            return List.of();
        }
        Map<Long, SpotCheckRow> byCheck = checks.selectByIds(drawn.stream().map(SpotCheckItemRow::getCheckId)
                .distinct().toList()).stream().collect(Collectors.toMap(SpotCheckRow::getId, c -> c));
        Map<Long, SpotCheckOutcomeRow> byItem = outcomes.selectList(Wrappers.lambdaQuery(SpotCheckOutcomeRow.class)
                        .in(SpotCheckOutcomeRow::getItemId, drawn.stream().map(SpotCheckItemRow::getId).toList()))
                .stream().collect(Collectors.toMap(SpotCheckOutcomeRow::getItemId, o -> o, (a, b) -> a));
        return drawn.stream().map(i -> {
            Optional<SpotCheckOutcomeRow> o = Optional.ofNullable(byItem.get(i.getId()));
            return new Item(i.getCheckId(), i.getId(), i.getFactId(), byCheck.get(i.getCheckId()).getDrawnAt(),
                    o.map(SpotCheckOutcomeRow::getOutcome).orElse(null), o.map(SpotCheckOutcomeRow::getNote).orElse(null),
                    o.map(SpotCheckOutcomeRow::getDecidedBy).orElse(null));
        }).toList();
    }
}
