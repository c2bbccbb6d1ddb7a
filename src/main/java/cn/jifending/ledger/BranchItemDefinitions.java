package cn.jifending.ledger;

import cn.jifending.scoring.BranchItem;
import java.util.List;

/**
 * The committee-approved branch items (其他支部自选分) of a year, provided by the module that keeps
 * them: scoring caps each one at its own yearly cap, and the ledger export carries their definitions.
 */
public interface BranchItemDefinitions {

    /** Every branch's approved items of {@code year}, in id order. */
    List<BranchItem> approved(int year);

    /** None: for a context without the module that keeps them. */
    BranchItemDefinitions NONE = year -> List.of();
}
