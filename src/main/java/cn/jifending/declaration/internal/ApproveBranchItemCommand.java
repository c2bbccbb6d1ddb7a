package cn.jifending.declaration.internal;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 批准项目 3}: see {@link BranchItemDecisionCommand}. */
@Component
class ApproveBranchItemCommand extends BranchItemDecisionCommand {

    ApproveBranchItemCommand(BranchItems branchItems) {
        super(branchItems);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("批准项目");
    }

    @Override
    boolean approves() {
        return true;
    }
}
