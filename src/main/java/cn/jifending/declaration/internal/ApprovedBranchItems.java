package cn.jifending.declaration.internal;

import cn.jifending.ledger.BranchItemDefinitions;
import cn.jifending.scoring.BranchItem;
import java.util.List;
import org.springframework.stereotype.Component;

/** The approved rows of {@code branch_item}, as scoring and the ledger export read them. */
@Component
class ApprovedBranchItems implements BranchItemDefinitions {

    private final BranchItemStore store;

    ApprovedBranchItems(BranchItemStore store) {
        this.store = store;
    }

    @Override
    public List<BranchItem> approved(int year) {
        return store.approved(year).stream()
                .map(r -> new BranchItem("branch:" + r.getId(), String.valueOf(r.getBranchId()), r.getItemYear(),
                        r.getName(), r.getPoints(), r.getCap(), r.getDecidedBy(),
                        r.getDecidedAt() == null ? null : r.getDecidedAt().toLocalDate()))
                .toList();
    }
}
