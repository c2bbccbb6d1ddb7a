package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The {@code branch_item} table. */
@Repository
class BranchItemStore {

    private final BranchItemMapper items;

    BranchItemStore(BranchItemMapper items) {
        this.items = items;
    }

    long insert(long branchId, int year, String name, BigDecimal points, BigDecimal cap, boolean evidence,
                String by, LocalDateTime at) {
        BranchItemRow row = new BranchItemRow().setBranchId(branchId).setItemYear(year).setName(name)
                .setPoints(points).setCap(cap).setEvidenceRequired(evidence)
                .setStatus(BranchItem.Status.PROPOSED.name()).setProposedBy(by).setProposedAt(at)
                .setOutTrackId("branch-item-" + UUID.randomUUID());
        items.insert(row);
        return row.getId();
    }

    Optional<BranchItem> find(long id) {
        return Optional.ofNullable(items.selectById(id)).map(BranchItemStore::item);
    }

    Optional<BranchItem> findByTrack(String outTrackId) {
        return Optional.ofNullable(items.selectOne(Wrappers.lambdaQuery(BranchItemRow.class)
                .eq(BranchItemRow::getOutTrackId, outTrackId))).map(BranchItemStore::item);
    }

    /** Every item of the branch and year that is not rejected, oldest first. */
    List<BranchItem> live(long branchId, int year) {
        return items.selectList(Wrappers.lambdaQuery(BranchItemRow.class).eq(BranchItemRow::getBranchId, branchId)
                        .eq(BranchItemRow::getItemYear, year).ne(BranchItemRow::getStatus, BranchItem.Status.REJECTED.name())
                        .orderByAsc(BranchItemRow::getId))
                .stream().map(BranchItemStore::item).toList();
    }

    /** The proposed (undecided) items of every branch, oldest first. */
    List<BranchItemRow> proposed() {
        return items.selectList(Wrappers.lambdaQuery(BranchItemRow.class)
                .eq(BranchItemRow::getStatus, BranchItem.Status.PROPOSED.name()).orderByAsc(BranchItemRow::getId));
    }

    /** The approved items of every branch for the year, oldest first. */
    List<BranchItemRow> approved(int year) {
        return items.selectList(Wrappers.lambdaQuery(BranchItemRow.class).eq(BranchItemRow::getItemYear, year)
                .eq(BranchItemRow::getStatus, BranchItem.Status.APPROVED.name()).orderByAsc(BranchItemRow::getId));
    }

    /** Decides a proposed item; false when it was no longer proposed (decided meanwhile). */
    boolean decide(long id, BranchItem.Status status, String by, LocalDateTime at) {
        return items.update(Wrappers.lambdaUpdate(BranchItemRow.class).set(BranchItemRow::getStatus, status.name())
                .set(BranchItemRow::getDecidedBy, by).set(BranchItemRow::getDecidedAt, at)
                .eq(BranchItemRow::getId, id).eq(BranchItemRow::getStatus, BranchItem.Status.PROPOSED.name())) == 1;
    }

    private static BranchItem item(BranchItemRow r) {
        return new BranchItem(r.getId(), r.getBranchId(), r.getItemYear(), r.getName(), r.getPoints(), r.getCap(),
                Boolean.TRUE.equals(r.getEvidenceRequired()), BranchItem.Status.valueOf(r.getStatus()),
                r.getProposedBy(), r.getDecidedBy(), r.getOutTrackId());
    }
}
